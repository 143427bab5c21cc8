# Instances of builtin subclasses passed where builtins expect the builtin type.
class S(str):
    pass


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class I(int):
    pass


class F(float):
    pass


def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(f(*L([1, 2]), *T((3,)), **D(a=1, b=2)), {**D(x=1)}, [*S("ab")], (*T((1,)), 2))
print(S("a") in "cat", S("z") in "cat", "abc".startswith(S("a")), "a,b".split(S(",")), "aXb".replace(S("X"), S("-")))
print("{}-{}".format(S("x"), I(3)), S("{}!").format(1), "{0:>4}|{1:.1f}".format(I(7), F(2.25)), f"{I(9):x} {F(0.5):%}")
print(isinstance(L(), (tuple, list)), isinstance(I(1), int), issubclass(D, dict), isinstance(S(), (int, str)))
print(float(S("1.5")), int(S(" 42 ")), int(F(7.9)), float(I(3)), bool(S("")), bool(F(0.0)))
print(sorted([S("b"), S("a")]), sorted(L([3, 1]), reverse=True), sorted(T((2, 1)), key=lambda x: -x))
print(max(S("abc")), min(L([4, 2])), "".join(L(["a", S("b")])), ",".join(T((S("x"), "y"))), len(D(a=1)))
print({S("k"): 1} == {"k": 1}, {"k": 1}[S("k")], S("k") in {"k"}, {I(1), 1, F(1.0)}, {T((1,)): 2}[(1,)])
print(list(range(I(2), I(8), I(3))), [1, 2, 3, 4][I(1):I(3)], "hello"[I(1)], (1, 2, 3)[I(-1)], hex(I(255)), bin(I(2)))
print(divmod(I(7), 2), divmod(F(7.5), 2), pow(I(2), 10), pow(I(2), I(3), 5), round(F(2.675), 2), abs(I(-3)), I(3) ** F(0.5))
print(chr(I(65)), ord(S("a")), S("abc").encode(), bytes(S("ab"), "ascii"), list(map(len, L([S("ab"), T((1,))]))))
d = {}
d[S("a")] = 1
d["a"] = 2
d[I(1)] = "int"
d[1.0] = "float"
print(d, [type(k).__name__ for k in d])



class A:
    pass


a = A()
setattr(a, S("x"), 1)
print(getattr(a, S("x")), hasattr(a, S("x")), getattr(a, S("y"), "none"), vars(a), delattr(a, S("x")), vars(a))
print(f(**{S("k"): 1}), dict(**{S("k"): 2}), "{k}".format(**{S("k"): 3}), S("ab").startswith(("x", S("a"))))
