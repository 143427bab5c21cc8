# min and max with 2+ args or one list/tuple: ties keep the first, mixed types
print(min(3, 1, 2), max(3, 1, 2), min(5, 5), max(-1, -2), min(-1, -2))
print(min([4, 2, 8]), max([4, 2, 8]), min((9, -9)), max((9, -9)), min([7]), max((7,)))
print(max(1, 1.0), max(1.0, 1), min(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
print(max(0, False), min(False, 0), max(2 ** 100, 2 ** 99, -(2 ** 101)), min(2.5, 2 ** 70))
print(max(-0.0, 0.0), max(0.0, -0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(max([2 ** 80, 3.5, -1]), min((2.5, 2, 2.0)), max((-1, -1.0)), min([0.5, 1, -7.25]))
data = [31, 41, 59, 26, 53, 58, 97, 93, 23, 84]
lo = data[0]
hi = data[0]
for d in data:
    lo = min(lo, d)
    hi = max(hi, d)
    print(d, lo, hi, min(d, 50), max(d, 50, 60))
print(min(data), max(data), max(data) - min(data))
print(max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), min(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
