# + and * of bytes and bytearray, and their errors
a = b"ab"
a += b"cd"
print(a, a + b"", b"" + a, a + bytearray(b"!"), bytearray(b"?") + a)
print(b"-" * 10, b"xy" * 2, 2 * b"z")
for x in ("s", 1, [1], None):
    try:
        b"a" + x
    except TypeError as e:
        print("TypeError", e)
try:
    b"a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    bytearray(b"a") + "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + b"a"
except TypeError as e:
    print("TypeError", e)
