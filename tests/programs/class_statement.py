# the class statement: body namespace, __module__/__qualname__/__doc__, class attributes, decorators
x = "global x"


def deco(cls):
    cls.decorated = True
    return cls


@deco
class A:
    """A's doc."""
    x = 1
    y = x + 1            # the class namespace first
    z = len("abc")       # then builtins
    w = x * 10
    del w
    names = [k for k in locals() if k[0] != "_"]

    def f(self):
        return x         # methods see the global, not the class attribute


print(A.x, A.y, A.z, A.names, A.decorated, A().f())
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
print(hasattr(A, "w"), "w" in A.__dict__, A.__dict__["x"])


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc.__bases__, NoDoc.__base__, NoDoc.__mro__)


def outer():
    v = 5

    class Inner:
        got = v                      # a free variable of the class body (LOAD_CLASSDEREF)
        v2 = [v for _ in range(2)]

        class Deeper:
            pass
    return Inner


I = outer()
print(I.got, I.v2, I.__qualname__, I.Deeper.__qualname__, I)
print(A, type(A), type(A()) is A, repr(A())[:24])


class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return Counter.count


c = Counter()
c.bump()
c.bump()
print(Counter.count, c.count)
Counter.count = 10
print(c.count, c.bump())
del Counter.count
print(hasattr(Counter, "count"))
try:
    del Counter.count
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    print(NoDoc.missing)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Del:
        del nothing
except NameError as e:
    print("NameError:", e)
