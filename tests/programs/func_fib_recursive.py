# recursive Fibonacci (the seed report's other benchmark), small n
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
for i in range(21):
    print(i, fib(i))
def fibf(n):
    if n < 2:
        return float(n)
    return fibf(n - 1) + fibf(n - 2)
print(fibf(20), fib(20) == fibf(20))
