# len of str, list, tuple and range, also as they grow and shrink
print(len(""), len("a"), len("hello world"), len([]), len([1, 2, 3]), len(()), len((1,)))
print(len(range(10)), len(range(0)), len(range(5, 1)), len(range(1, 10, 3)), len(range(10, 0, -3)))
print(len(range(-5, 5)), len(range(2 ** 40)), len([[1, 2], [3]]), len(([], [], [])))
s = ""
xs = []
for i in range(12):
    s = s + "ab"
    xs.append(i)
    print(i, len(s), len(xs))
while len(xs) > 0:
    xs.pop()
    print(len(xs), end=" ")
print()
print(len("tab\there"), len("nl\n"), len("\\"), len('"'), len("'"))
