# expect-exit: 1
# expect-stderr: TypeError: __main__.total() argument after * must be an iterable, not int
# a * argument that is not iterable, uncaught
def total(*numbers):
    s = 0
    for n in numbers:
        s = s + n
    return s

values = [1, 2, 3]
print(total(*values))
values = 3
print(total(*values))
