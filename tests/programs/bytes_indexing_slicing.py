# indexing gives ints, negative indices, slices of every step
b = b"hello world"
print(b[0], b[-1], b[4], b[-11])
print(b[1:4], b[:5], b[6:], b[::2], b[::-1], b[-5:-1], b[100:], b[3:1], b[1:10:3])
for i in (0, 5, -3):
    print(i, b[i], chr(b[i]))
try:
    b[11]
except IndexError as e:
    print("IndexError", e)
try:
    b[-12]
except IndexError as e:
    print("IndexError", e)
try:
    b["x"]
except TypeError as e:
    print("TypeError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del b[0]
except TypeError as e:
    print("TypeError", e)
print(b[True], b[False:True])
