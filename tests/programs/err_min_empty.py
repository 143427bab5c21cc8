# max of an empty list: "max() arg is an empty sequence"
# expect-exit: 1
# expect-stderr: ValueError: max() arg is an empty sequence
xs = [3, 1, 2]
while len(xs) > 0:
    print(max(xs), min(xs))
    xs.pop()
print(max(xs))
