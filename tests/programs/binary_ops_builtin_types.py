# every binary operator, plain and in place, between pairs of builtin types, through the number slots
# and the sequences' concatenation and repetition: a table of results and the messages of the errors
vals = [3, True, 2.5, -0.0, 2**70, "ab", (1,), [1, 2], [], None, range(2), len]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]


def apply(a, op, b, aug):
    if aug:
        x = a.copy() if type(a) is list else a
        if op == "+": x += b
        elif op == "-": x -= b
        elif op == "*": x *= b
        elif op == "/": x /= b
        elif op == "//": x //= b
        elif op == "%": x %= b
        elif op == "**": x **= b
        elif op == "<<": x <<= b
        elif op == ">>": x >>= b
        elif op == "&": x &= b
        elif op == "|": x |= b
        elif op == "^": x ^= b
        else: x @= b
        return x
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b
    if op == "//": return a // b
    if op == "%": return a % b
    if op == "**": return a ** b
    if op == "<<": return a << b
    if op == ">>": return a >> b
    if op == "&": return a & b
    if op == "|": return a | b
    if op == "^": return a ^ b
    return a @ b


messages = []
for a in vals:
    for b in vals:
        row = repr(a) + " " + repr(b) + ":"
        for op in ops:
            if op == "%" and type(a) is str or op == "**" and b == 2**70:
                continue
            for aug in (False, True):
                try:
                    r = apply(a, op, b, aug)
                    row += " " + type(r).__name__[0] + str(len(r) if type(r) in (str, list, tuple) else hash(r) % 1000)
                except (TypeError, ZeroDivisionError, OverflowError, ValueError, MemoryError) as e:
                    m = type(e).__name__ + ": " + str(e)
                    if m not in messages:
                        messages.append(m)
                    row += " E" + str(messages.index(m))
        print(row)
for i in range(len(messages)):
    print(i, messages[i])
for a in vals:
    for f in ("-", "+", "~", "not"):
        try:
            if f == "-": r = -a
            elif f == "+": r = +a
            elif f == "~": r = ~a
            else: r = not a
            print(f, repr(a), repr(r))
        except TypeError as e:
            print(f, repr(a), "TypeError:", e)
l = [1]
m = l
l += (2, 3)
l += range(2)
l *= 2
print(l, m is l)
l *= 0
print(l, m)
t = (1,)
u = t
t += (2,)
t *= 2
print(t, u, "ab" * True, 2 * (1,), [0] * -1)
