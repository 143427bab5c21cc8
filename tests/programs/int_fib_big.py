# iterative Fibonacci into big ints with tuple assignment
a, b = 0, 1
for i in range(301):
    if i % 10 == 0:
        print(i, a)
    a, b = b, a + b
print(a)
x, y = 1, 1
n = 2
while y < 10 ** 100:
    x, y = y, x + y
    n = n + 1
print(n, y)
