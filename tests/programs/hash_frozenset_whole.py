# env: PYTHONHASHSEED=42
# A frozenset's hash mixes its keys' whole 64-bit hashes (tuples', strs', bytes' top bit included)
print(hash(frozenset({(1, 2), (3, 4), (5, 6)})), hash(frozenset([(i, str(i)) for i in range(100)])))
print(hash(frozenset({"a", "bb", "ccc", "dddd"})), hash(frozenset({b"a", b"xyz"})))
print(hash(frozenset({frozenset({"q"}), ("r", 1.5, True), range(3, 9), ("n", -1, 2 ** 70)})))
print(hash((("a", 1), frozenset({"b"}), b"c", range(1, 5))), hash(((((("deep",),),),),)))
print(hash(frozenset({((((((((((1,),),),),),),),),),), "x"})))
for n in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -2 ** 61, 2 ** 64 + 5, -(2 ** 100), 10 ** 30]:
    print(n, hash(n))
for x in [0.0, -0.0, 0.5, -1.5, 1e300, -1e-300, 2.0 ** 61, float("inf"), float("-inf"), 1 / 3]:
    print(x, hash(x))
print(hash(True), hash(False), hash(()), hash((1,)), hash((1, 2.5, "s", b"b", None is None)))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(1, 10, 3)), hash(range(5, 100, 7)))
n = float("nan")
print(hash(n) == hash(n), {n: 1}[n], len({float("nan"), float("nan")}))
