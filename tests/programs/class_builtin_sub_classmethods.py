# The builtins' class methods make instances of the subclass they are read from.
class D(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, [value])


class I(int):
    pass


class B(bytes):
    pass


d = D.fromkeys("ab", 0)
print(d, type(d).__name__, D().fromkeys([1]), type(D().fromkeys([1])).__name__, dict.fromkeys("x"))
i = I.from_bytes(b"\x01\x00", "little")
print(i, type(i).__name__, I(5).from_bytes(b"\x02", "big"), type(int.from_bytes(b"\x03", "big")).__name__)
b = B.fromhex("4142")
print(b, type(b).__name__, bytes.fromhex("43"), type(B(b"").fromhex("44")).__name__)


class Init(dict):
    def __init__(self, tag="t"):
        super().__init__()
        self.tag = tag


e = Init.fromkeys(range(2), "v")
print(e, e.tag, type(e).__name__)
try:
    D.fromkeys()
except TypeError as ex:
    print("TypeError:", ex)
