# expect-exit: 1
# expect-stderr: ValueError: empty separator
fields = "a,b".split(",")
print(fields)
print("a,b".split(""))
