# Rich comparisons of user classes: reflection, NotImplemented, subclass first, != from __eq__.
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("V.__eq__", self.v, getattr(other, "v", other))
        if isinstance(other, V):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, V):
            return self.v < other.v
        return NotImplemented


class W(V):
    def __eq__(self, other):
        print("W.__eq__")
        return "W-says"

    def __gt__(self, other):
        print("W.__gt__")
        return True


a, b = V(1), V(2)
print(a == b, a != b, a == V(1), a != V(1))
print(a < b, b > a, a == 1, 1 == a, a != 1)
print(max([V(3), V(5), V(2)]).v, min(V(3), V(0)).v)
w = W(0)
print(a == w, w == a, a < w)
try:
    print(a <= b)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a < 3)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), p.__eq__(p), p.__eq__(1), p.__ne__(p))
print(V(1) in [V(0), V(1)], [V(1)] == [V(1)], (V(2),) < (V(3),))


class Always:
    def __ne__(self, other):
        return "ne-result"


print(Always() != 1, Always() == 1)
if V(1) == V(1):
    print("truth of the result")


class Loop:
    def __eq__(self, other):
        return self == other


try:
    Loop() == Loop()
except RecursionError as e:
    print("RecursionError")
