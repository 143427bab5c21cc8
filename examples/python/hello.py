"""Run with `pyvm examples/python/hello.py`: a Python program compiled to native code."""
import sys


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


def hanoi(discs, source, target, spare, moves):
    if discs > 0:
        hanoi(discs - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(discs - 1, spare, target, source, moves)


print("Hello from pyvm, running", sys.argv[0])
print("fib(90) =", fib(90), "and fib(200) =", fib(200))
moves = []
hanoi(10, "A", "C", "B", moves)
print(len(moves), "moves, the first ones:", moves[:3])
print(0.1 + 0.2, 2 ** 0.5, 7 // -2, -7 % 3, 1 / 3)
