# dir() as CPython's: the scope's names; a class's and an instance's (their dicts and the MRO's);
# __dir__; errors.
class Base:
    base_attr = 1

    def base_method(self):
        pass


class Point(Base):
    """A point."""
    z = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


def own(names):
    return [n for n in names if not (n.startswith('__') and n.endswith('__'))]


p = Point(1, 2)
print(own(dir(p)))
print(own(dir(Point)))
print(own(dir(Base)))
p.extra = 3
print(own(dir(p)))
print('__init__' in dir(p), '__class__' in dir(Point), '__repr__' in dir(p), '__eq__' in dir(Point))


def f(a, b=2, *args, **kwargs):
    c = a + b
    print(dir())
    del c
    print(dir())

    def inner():
        return a
    print(dir())


f(1)


class Scope:
    x = 1
    names = dir()
    print(names)


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


print(dir(Custom()))


class Tuple:
    def __dir__(self):
        return ('b', 'a')


print(dir(Tuple()))


class Bad:
    def __dir__(self):
        return 5


for args in ((Bad(),), (1, 2)):
    try:
        dir(*args)
    except TypeError as e:
        print(e)


class E(Exception):
    def hint(self):
        pass


e = E('x')
e.note = 1
print([n for n in own(dir(e)) if n != 'add_note'], [n for n in own(dir(E)) if n != 'add_note'])  # (pyvm lacks add_note)
print([n for n in own(dir('')) if n in ('join', 'split', 'upper', 'zfill')], 'append' in dir([]))
print(type(dir(p)), dir(p) == sorted(dir(p)))
