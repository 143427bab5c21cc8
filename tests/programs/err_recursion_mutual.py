# unbounded mutual recursion: RecursionError
# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print(ping(0) if False else "go")
ping(0)
