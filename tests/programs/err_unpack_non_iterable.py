# unpacking an int: "cannot unpack non-iterable int object"
# expect-exit: 1
# expect-stderr: TypeError: cannot unpack non-iterable int object
def pair(n):
    if n > 0:
        return n, -n
    return 0
p, q = pair(3)
print(p, q)
p, q = pair(0)
