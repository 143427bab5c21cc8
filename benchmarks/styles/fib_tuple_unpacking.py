# The seed report's Fibonacci loop written with tuple unpacking: a, b = b, a + b.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


result = 0
for _ in range(5000000):
    result = fib(45)
print(result)
