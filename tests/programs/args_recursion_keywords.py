# recursive calls with keywords and defaults (compiled calls, bound at compile time)
def walk(n, depth=0, *, acc=0, step=1):
    if n == 0:
        return (depth, acc)
    return walk(n - step, depth=depth + 1, acc=acc + n)

print(walk(10))
print(walk(500, step=1))
print(walk(9, acc=1, step=3))
def fib(n, *, memo=[0, 1]):
    while len(memo) <= n:
        memo.append(memo[-1] + memo[-2])
    return memo[n]
print(fib(30), fib(n=50))
def count(n, total=0):
    if n == 0:
        return total
    return count(n=n - 1, total=total + n)
print(count(900))
