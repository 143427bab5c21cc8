# expect-exit: 1
# expect-stderr: TypeError: sequence item 1: expected str instance, int found
print(", ".join(["a", 1]))
