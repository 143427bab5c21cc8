# expect-exit: 1
# expect-stderr: TypeError: not all arguments converted during string formatting
def line(a, b):
    return "%s=%d" % (a, b, 3)


print("%s=%d" % ("x", 1))
print(line("y", 2))
