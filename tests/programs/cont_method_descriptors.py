# methods read from builtin types (str.join, list.append): called with the object first, checked
# against the type; __class__ of builtin objects
def attempt(label, f):
    try:
        print(label, '->', f())
    except TypeError as e:
        print(label, '->', type(e).__name__, e)


print(str.join(',', 'ab'), list(map(str.upper, ['a', 'b'])), sorted(['b', 'A', 'c'], key=str.lower))
print(list.sort, str.join, dict.get, type(str.join).__name__, type(str.join))
print(str.join.__name__, list.append.__qualname__, str.maketrans({'a': 'b'}), dict.fromkeys('a'))
l = [3, 1]
list.sort(l)
list.append(l, 5)
list.sort(l, reverse=True)
print(l, dict.get({1: 2}, 1), dict.get({}, 1, 'x'), set.union({1}, {2}), tuple.count((1, 1), 1))
print(hasattr(list, 'append'), hasattr(list, 'nope'), getattr(str, 'strip')(' x '))
strip = str.strip
total = 0
for i in range(200):
    total += len(strip('  ab  ')) + len(str.split('a b c'))
print(total)
attempt('list.append(5, 1)', lambda: list.append(5, 1))
attempt('str.join()', lambda: str.join())
attempt('str.upper(1)', lambda: str.upper(1))
attempt("str.join(sep=',')", lambda: str.join(sep=','))
attempt('dict.keys([])', lambda: dict.keys([]))
attempt('list.append([], 1, 2)', lambda: list.append([], 1, 2))
print([1, 2].__class__, (1,).__class__.__name__, {}.__class__, (5).__class__, None.__class__, slice(1).__class__)
print(range(3).__class__ is range, 'x'.__class__ is str, {1}.__class__, (1.5).__class__, True.__class__)
try:
    list.nope
except AttributeError as e:
    print(e)
# object's own methods on builtin objects (these crashed)
print(object.__repr__(None)[:15], object.__repr__(5)[:14], object.__repr__([])[:15], object.__str__(5))
print(object.__eq__(1, 1), object.__ne__(1, 2), object.__ne__(None, None), object.__eq__('a', 'b'))
