# __index__ stands for an int wherever CPython asks for one: indexing and slicing lists, tuples, strs and
# ranges, range(), sequence repetition, list methods, hex/oct/bin; its result must be an int.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


L = [10, 20, 30, 40, 50]
i = I(2)
print(L[i], L[I(-1)], (1, 2, 3)[i], "abcd"[i], range(10, 20)[i])
print(L[i:I(4)], L[I(1)::I(2)], "abcdef"[I(1):I(-1)], (1, 2, 3, 4)[:i])
print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(I(4)))
for k in range(I(2)):
    print("loop", k)
print([0] * i, "ab" * I(3), I(2) * (1,), [1] * I(0))
print(hex(I(255)), oct(I(8)), bin(I(5)), hex(I(-1)), bin(True), hex(2 ** 70))
M = list(L)
M[i] = 99
del M[I(0)]
print(M, M.pop(I(0)), M)
M.insert(I(1), "x")
print(M, M.index(99), "abcabc".find("c", I(3)))


class Other:
    pass


class NotInt:
    def __index__(self):
        return "7"


class Huge:
    def __index__(self):
        return 2 ** 70



tests = [
    lambda: L[Other()],
    lambda: (1, 2)[Other()],
    lambda: "ab"[Other()],
    lambda: range(3)[Other()],
    lambda: L[NotInt()],
    lambda: L[Huge()],
    lambda: "ab"[Huge()],
    lambda: L[Other():],
    lambda: L[NotInt():],
    lambda: range(Other()),
    lambda: range(NotInt()),
    lambda: range(1, NotInt()),
    lambda: [0] * Other(),
    lambda: [0] * NotInt(),
    lambda: [0] * Huge(),
    lambda: hex(Other()),
    lambda: oct(NotInt()),
    lambda: bin(1.5),
    lambda: hex(),
    lambda: L.pop(Other()),
    lambda: L.pop(Huge()),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
