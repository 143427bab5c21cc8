# Values go in and out of subclasses without losing anything.
class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


data = {"a": [1, 2, (3, 4)], "b": "text", "c": 1.5, "d": 10 ** 30}
wrapped = D({S(k): (L(v) if isinstance(v, list) else S(v) if isinstance(v, str) else F(v) if isinstance(v, float) else I(v))
             for k, v in data.items()})
print(wrapped, wrapped == data, data == wrapped, type(wrapped["a"]).__name__, type(wrapped["d"]).__name__)
back = {str(k): (list(v) if isinstance(v, list) else v) for k, v in wrapped.items()}
print(back, back == data, [type(k).__name__ for k in back], type(back["a"]).__name__)
print(I(10 ** 30) + 1, I(10 ** 30) == 10 ** 30, hash(I(10 ** 30)) == hash(10 ** 30), I(-(10 ** 30)), I("1" * 40) % 7)
t = T(L([1, 2]))
print(t, tuple(t), list(t), T(t), L(t), T(L(T((1, 2)))), type(T(t)).__name__)
text = S("-").join(S(x) for x in ["a", "b"])
print(text, type(text).__name__, S("a,b").split(","), [type(x).__name__ for x in S("a,b").split(",")])
print(sorted(map(I, ["3", "1", "2"])), [type(x).__name__ for x in sorted(map(I, "31"))], list(map(str, map(I, [5]))))
nested = L([L([1]), D(x=L([2]))])
print(nested, nested == [[1], {"x": [2]}], repr(nested), str(nested), len(nested[1]["x"]))
print(set(L([1, 1, 2])), frozenset(T((3, 3))), dict(D(a=1)), list(D(a=1)), tuple(S("ab")), bytes(L([65, 66])))
print(max(L([3, 9, 2])), min(T((5, 1))), sum(L([I(1), F(2.5)])), any(L([0, I(1)])), all(T(())), list(zip(L([1]), T((2,)))))
print(list(enumerate(S("ab"))), dict(zip(S("ab"), L([1, 2]))), I(5).__class__.__name__, L.__name__, D.__qualname__)
