# indexing strs with positive and negative indices
s = "abcdefghij"
print(s[0], s[1], s[9], s[-1], s[-10], s[-5], len(s))
out = ""
i = len(s) - 1
while i >= 0:
    out = out + s[i]
    i -= 1
print(out)
for i in range(-len(s), len(s)):
    print(i, s[i], end=" ")
print()
t = "x" + s[3] + s[-3] + "y"
print(t, t[1], t[-2])
print(["abc"[1], "abc"[-1]], ("q"[0],))
