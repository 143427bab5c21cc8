# The seed report's Fibonacci loop as a while loop with augmented assignment.
def fib(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        a += b
        a, b = b, a
        i += 1
    return a


runs = 0
result = 0
while runs < 5000000:
    result = fib(45)
    runs += 1
print(result)
