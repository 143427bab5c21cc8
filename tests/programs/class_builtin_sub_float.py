# float subclasses.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}C"


t = Celsius(21.5)
print(t, repr(t), str(t), t.to_f(), t + 1, type(t + 1).__name__, -t, abs(Celsius(-2.0)), t > 20, t == 21.5)
print(round(t), int(t), float(t), type(float(t)).__name__, hash(t) == hash(21.5), f"{t:.2f}", t.is_integer(), [t])


class F(float):
    pass


f = F("2.5")
print(f, F(3), F(), f * 2, 2 * f, f / 2, 1 / f, f // 1, f % 2, f ** 2, isinstance(f, float), type(f).__name__)
print(sorted([F(3.0), 1, F(0.5)]), max(f, 2), min([F(9.5), F(1.5)]), f"{f}", "%.1f" % f, round(f, 1))
