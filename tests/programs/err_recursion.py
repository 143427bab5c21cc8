# unbounded recursion: RecursionError
# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
def down(n):
    if n % 200 == 0:
        print("depth", n)
    return down(n + 1) + 1
print("start")
down(0)
