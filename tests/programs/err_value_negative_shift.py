# shift by a negative count: "negative shift count"
# expect-exit: 1
# expect-stderr: ValueError: negative shift count
for s in [3, 2, 1, 0]:
    print(s, 1 << s, 256 >> s)
s = -1
print(1 << s)
