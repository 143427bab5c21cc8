# str() of ints, floats, bools, None, strs and containers
print(str(0), str(-0), str(123), str(-456), str(2 ** 100), str(-(2 ** 100)))
print(str(1.0), str(-2.5), str(0.1), str(1e16), str(1e-5), str(-0.0), str(float("inf")))
print(str(True), str(False), str(None), str("abc"), str(""))
print(str([1, 2, 3]), str((1,)), str(()), str([]), str([1, [2, (3, "x")], None]))
print("n=" + str(42) + ", f=" + str(0.5) + ", b=" + str(True) + ", none=" + str(None))
print(len(str(2 ** 1000)), len(str(-1)), len(str(1.5)), len(str(None)), len(str([1, 2])))
s = ""
for i in range(15):
    s = s + str(i)
    print(s, len(s))
print(str(str(str(7))) + str(7.0))
