# int subclasses: results of arithmetic are plain ints; an IntEnum-like class.
class Color(int):
    names = {}

    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.name = name
        cls.names[value] = obj
        return obj

    def __repr__(self):
        return f"<Color.{self.name}: {int(self)}>"

    def __str__(self):
        return "Color." + self.name


RED = Color(1, "RED")
GREEN = Color(2, "GREEN")
print(RED, repr(GREEN), [RED, GREEN], RED + 1, type(RED + 1).__name__, RED * GREEN, GREEN ** 3, -RED, ~RED)
print(RED == 1, RED < GREEN, GREEN > 1.5, RED != GREEN, hash(RED) == hash(1), {1: "one"}[RED], int(RED), float(GREEN))
print(RED.name, isinstance(RED, int), type(RED).__name__, Color.names[2] is GREEN, RED.bit_length(), RED.real)
print(["zero", "one", "two"][GREEN], "ab" * GREEN, GREEN * "ab", range(GREEN), 10 // GREEN, 7 % GREEN, divmod(7, GREEN))
print(f"{RED:03d}", format(GREEN, "x"), "%d" % GREEN, str(int(GREEN)), abs(Color(-4, "NEG")), bool(Color(0, "ZERO")))
print(sorted([GREEN, RED, 0]), max(RED, GREEN), sum([RED, GREEN]), RED & 3, RED | 2, RED << 2, hex(GREEN))


class Bits(int):
    pass


b = Bits(5)
print(b, repr(b), b + b, type(b + b).__name__, Bits("12"), Bits("ff", 16), Bits(3.9), Bits(), Bits(True), type(Bits(True)).__name__)
print(str(b), f"{b}", b == 5, 5 == b, b in [5], [1, 2, 3, 4, 5, 6][b], b.to_bytes(2, "big"), int.__add__(b, 1))
