# The seed report's Fibonacci benchmark: the 45th Fibonacci number, computed
# iteratively (it fits in 32 bits), repeated RUNS times; the result is printed
# once at the end.
#
#     python3 fib.py RUNS
import sys


def fib(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


def main(runs):
    result = 0
    for r in range(runs):
        result = fib(45)
    print(result)


runs = 1
if len(sys.argv) > 1:
    runs = int(sys.argv[1])
main(runs)
