# bool() truthiness of every supported type
print(bool(0), bool(1), bool(-1), bool(2 ** 100), bool(-(2 ** 100)), bool(2 ** 100 - 2 ** 100))
print(bool(0.0), bool(-0.0), bool(0.1), bool(float("nan")), bool(float("inf")), bool(5e-324))
print(bool(""), bool("a"), bool(" "), bool("0"), bool("False"))
print(bool([]), bool([0]), bool(()), bool((0,)), bool([[]]), bool(None), bool(True), bool(False))
print(bool(), bool(bool(1)), bool(not 1))
items = [0, 1, "", "x", [], [1], (), None, 0.0, 2.5, False, True]
for v in items:
    if v:
        print("truthy", v)
    else:
        print("falsy", v)
n = 0
x = 10
while x:
    x = x - 3 if x > 2 else 0
    n += 1
print(n, x)
