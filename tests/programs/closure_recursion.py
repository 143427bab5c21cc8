# recursion through a closure: the inner function finds itself in its enclosing scope
def solve(n):
    def fib(k):
        if k < 2:
            return k
        return fib(k - 1) + fib(k - 2)
    return fib(n)

print(solve(20))

def count_paths(rows, cols):
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)
    return paths(rows, cols)

print(count_paths(6, 6))

def even_odd(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)

print(even_odd(10), even_odd(7))
