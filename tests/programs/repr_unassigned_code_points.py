# repr() escapes the code points str.isprintable() refuses, unassigned ones included (CPython's database)
for cp in (0x378, 0x379, 0x37A, 0x5FF, 0x1F6D8, 0x2FFFF, 0x30000, 0x3134A, 0x3134B, 0xE0001, 0xE0100, 0xF0000,
           0x10FFFD, 0xA0, 0xAD, 0x2028, 0x3000, 0xFFFD, 0xFFFE):
    print(cp, repr(chr(cp)), repr("a" + chr(cp) + "b"))
print(repr(["\u0378", ("\u0378",)]))
try:
    int("1\u0378")
except ValueError as e:
    print(e)
