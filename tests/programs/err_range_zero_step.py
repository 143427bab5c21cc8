# range with step 0: "range() arg 3 must not be zero"
# expect-exit: 1
# expect-stderr: ValueError: range() arg 3 must not be zero
for step in [3, -3, 1]:
    print(step, len(range(0, 10, step)))
step = 0
for i in range(0, 10, step):
    print(i)
