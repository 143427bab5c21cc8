# expect-exit: 1
# expect-stderr: TypeError: bad operand type for unary -: 'Bad'
# The number dunders of user classes: every binary operator, reflection, the subclass first,
# in-place with its fallback, unary operators and abs(), and the messages when nothing answers.
class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "V(%r)" % (self.v,)


def binary(name):
    def op(self, other):
        if isinstance(other, V):
            other = other.v
        elif not isinstance(other, int):
            return NotImplemented
        return V((name, self.v, other))

    def rop(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return V(("r" + name, other, self.v))
    return op, rop


NAMES = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
for name in NAMES:
    op, rop = binary(name)
    setattr(V, "__%s__" % name, op)
    setattr(V, "__r%s__" % name, rop)

a = V(1)
b = V(2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a | b, a ^ b, a @ b)
print(a + 3, a - 3, a * 3, a / 3, a // 3, a % 3, a ** 3)
print(a << 3, a >> 3, a & 3, a | 3, a ^ 3, a @ 3)
print(3 + a, 3 - a, 3 * a, 3 / a, 3 // a, 3 % a, 3 ** a)
print(3 << a, 3 >> a, 3 & a, 3 | a, 3 ^ a, 3 @ a)
print(pow(a, 2), pow(2, a))
x = V(5)
x += 1          # no __iadd__: __add__
print(x)
x **= 2
print(x)

def iadd_str(x):
    x += "x"


def isub_str(x):
    x -= "x"


for f in [lambda: a + "x", lambda: "x" + a, lambda: a @ 1.5, lambda: iadd_str(a), lambda: isub_str(a),
          lambda: a ** "x", lambda: pow("x", a)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        if other == "skip":
            return NotImplemented
        self.items.append(other)
        return self

    def __add__(self, other):
        print("Acc.__add__", other)
        return "added"

    def __isub__(self, other):
        self.items.append(-other)
        return self


acc = Acc()
same = acc
acc += 1
acc += 2
acc -= 3
print(acc is same, acc.items)
acc += "skip"   # __iadd__ gives NotImplemented: __add__
print(acc)
acc = Acc()
try:
    acc *= 2
except TypeError as e:
    print("TypeError:", e)


# The reflected method only for different types; the subclass's first when it overrides it.
class P:
    def __init__(self, name):
        self.name = name

    def __sub__(self, other):
        print("P.__sub__", self.name, other.name)
        return NotImplemented

    def __rsub__(self, other):
        print("P.__rsub__", self.name, other.name)
        return NotImplemented


class Q(P):
    def __rsub__(self, other):
        print("Q.__rsub__", self.name, other.name)
        return "Q wins"


class R(P):
    pass


for left, right in [(P("p"), P("p2")), (P("p"), Q("q")), (Q("q"), P("p")), (P("p"), R("r")), (R("r"), P("p"))]:
    try:
        print(left - right)
    except TypeError as e:
        print("TypeError:", e)


class Only:
    def __radd__(self, other):
        return ("radd", other)


print(1 + Only(), [1] + Only())
try:
    Only() + 1
except TypeError as e:
    print("TypeError:", e)


class N:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return N(-self.v)

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return ~self.v

    def __abs__(self):
        return abs(self.v)

    def __repr__(self):
        return "N(%d)" % self.v


n = N(-4)
print(-n, +n, ~n, abs(n), -(-n))
for f in [lambda: -a, lambda: +a, lambda: ~a, lambda: abs(a)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# Assigned later, deleted later: the slots follow, in subclasses too.
class Late:
    pass


class LateSub(Late):
    pass


try:
    Late() * 2
except TypeError as e:
    print("TypeError:", e)
Late.__mul__ = lambda self, k: "times %d" % k
Late.__neg__ = lambda self: "negated"
print(Late() * 2, LateSub() * 3, -LateSub())
del Late.__mul__
try:
    LateSub() * 2
except TypeError as e:
    print("TypeError:", e)


# An exception from a dunder propagates.
class Bad:
    def __add__(self, other):
        raise ValueError("no adding")


try:
    Bad() + 1
except ValueError as e:
    print("ValueError:", e)
-Bad()
