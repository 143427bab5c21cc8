# adding to a set while iterating over it: RuntimeError at the next step, as CPython
# expect-exit: 1
# expect-stderr: RuntimeError: Set changed size during iteration
s = {1, 2, 3}
n = 0
for x in s:
    s.discard(x)           # removing and adding back keeps the size: no error
    s.add(x)
    n += 1
print(n, s)
for x in s:
    print(x)
    s.add(x + 10)
