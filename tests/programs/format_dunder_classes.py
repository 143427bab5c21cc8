# __format__ of user classes, of int, float and str subclasses, and of object: called by f-strings,
# format() and str.format with the spec (or an empty one), its result checked to be a str; super()
# and object reach the builtins' own __format__.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"{self.cents / 100:.2f}"
        if spec.endswith("$"):
            return "$" + format(text, spec[:-1])
        return format(text, spec)
m = Money(12345)
print(f"{m}|{m:>10}|{m:<9$}|", format(m, "^12"), "{:>8}".format(m), "{0:$}".format(m))
class Bad:
    def __format__(self, spec):
        return 42
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
print(format(Plain(), "")[:7], f"{Plain()!r}"[:7])
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
class Hex(int):
    def __format__(self, spec):
        return "0x" + format(int(self), spec or "x")
print(f"{Hex(255)}", f"{Hex(255):04X}", format(Hex(16)), str(Hex(3)))
class Deg(float):
    def __format__(self, spec):
        return super().__format__(spec) + "°"
print(f"{Deg(21.5):.1f}", format(Deg(3)))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return f"({self.x:{spec}}, {self.y:{spec}})"
print(f"{Point(1.5, 2.25):.2f}", "[{:6.1f}]".format(Point(1, 2)))
class Obj:
    def __format__(self, spec):
        return object.__format__(self, spec)
print(f"{Obj()}"[:5])
print(object.__format__(5, ""), (2.5).__format__(".2f"), "ab".__format__(">4"), (7).__format__("03d"))
for bad in [lambda: object.__format__(5, "d"), lambda: (1.0).__format__(), lambda: (1).__format__(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
