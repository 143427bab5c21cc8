# float() of a non-numeric str: "could not convert string to float: '1.2.3'"
# expect-exit: 1
# expect-stderr: ValueError: could not convert string to float: '1.2.3'
print(float("1.2"), float("-3e2"))
print(float("1.2.3"))
