# str index out of range: "string index out of range"
# expect-exit: 1
# expect-stderr: IndexError: string index out of range
s = "abc"
print(s[0], s[2], s[-3])
print(s[3])
