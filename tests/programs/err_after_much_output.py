# lots of buffered output before an uncaught error: all of stdout must appear
# expect-exit: 1
# expect-stderr: IndexError: list index out of range
xs = []
for i in range(3000):
    xs.append(i * 7)
    print(i, xs[i], i * i)
print(xs[3000])
