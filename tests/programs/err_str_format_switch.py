# expect-exit: 1
# expect-stderr: ValueError: cannot switch from automatic field numbering to manual field specification
print("{} {}".format(1, 2))
print("{} {1}".format(1, 2))
