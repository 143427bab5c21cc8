# dict(m), d.update(m), {**m} and d |= m for any object with keys() and __getitem__
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


class M:
    def __init__(self, keys):
        self.k = keys

    def keys(self):
        return self.k

    def __getitem__(self, key):
        return str(key) * 2


print(dict(M(['a', 'b'])), dict(M(iter('xy')), z=1), dict(M(())))
d = {}
d.update(M([1, 2]))
d.update(M([3]), k='v')
print(d, {**M('pq'), 'r': 0}, {0: 0, **M({5: 6})})


class Keys:
    def keys(self):
        return {'x': 1}.keys()

    def __getitem__(self, key):
        return 42


print(dict(Keys()))


class Missing:
    def keys(self):
        return ['a']

    def __getitem__(self, key):
        raise KeyError(key)


class NotIterable:
    def keys(self):
        return 1

    def __getitem__(self, key):
        return key


class NoneKeys:
    keys = None


class Pairs:
    def __iter__(self):
        return iter([(1, 2), (3, 4)])


print(dict(Pairs()))
attempt('dict(Missing())', lambda: dict(Missing()))
attempt('dict(NotIterable())', lambda: dict(NotIterable()))
attempt('{}.update(NotIterable())', lambda: {}.update(NotIterable()))
attempt('{**NotIterable()}', lambda: {**NotIterable()})
attempt('dict(NoneKeys())', lambda: dict(NoneKeys()))
attempt('{**Pairs()}', lambda: {**Pairs()})
attempt('{**1}', lambda: {**1})
attempt('dict(1)', lambda: dict(1))
attempt('dict([1, 2])', lambda: dict([1, 2]))
attempt("dict('ab')", lambda: dict('ab'))
attempt("dict(['abc'])", lambda: dict(['abc']))
attempt("dict([(1, 2), 'ab', 'abc'])", lambda: dict([(1, 2), 'ab', 'abc']))
attempt('dict([(1, 2, 3)])', lambda: dict([(1, 2, 3)]))
attempt('dict({}, {})', lambda: dict({}, {}))
attempt('{}.update(1, 2)', lambda: {}.update(1, 2))


def show(*args, **kwargs):
    return args, kwargs


print(show(**M(['a', 'b'])), show(1, **M([]), z=2), show(**{'k': 1}, **M(['m'])))
attempt('show(**M([1]))', lambda: show(**M([1])))
attempt("show(**M(['a']), a=1)", lambda: show(**M(['a']), a=1))
attempt('show(**Pairs())', lambda: show(**Pairs()))
attempt('show(**NotIterable())', lambda: show(**NotIterable()))
