# NameError for a near-miss name: 3.11 appends a "Did you mean" suggestion
# expect-exit: 1
# expect-stderr: NameError: name 'countr' is not defined. Did you mean: 'counter'?
counter = 5
print(counter)
print(countr)
