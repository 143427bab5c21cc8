# yield as an expression in every position: operands, call arguments, subscripts, conditional
# expressions, augmented assignment, comparisons, f-strings, lambdas; the order of evaluation
# around each suspension.
def positions():
    a = (yield "operand") + 1
    b = [(yield "list item"), (yield "second item")]
    c = {(yield "key"): (yield "value")}
    d = str((yield "argument"))
    e = b[(yield "subscript")]
    f = (yield "then") if a > 1 else (yield "else")
    g = 10
    g += (yield "augmented")
    h = (yield "left") < (yield "right")
    i = f"<{(yield 'f-string')}>"
    yield a, b, c, d, e, f, g, h, i


gen = positions()
sent = [None, 1, "x", "y", "k", "v", 3.5, 0, "picked", 5, 1, 2, "fs"]
out = []
for value in sent:
    out.append(gen.send(value))
print(out)
lam = lambda: (yield 1) or (yield 2)
lg = lam()
print(next(lg), lg.send(0), type(lam).__name__)
try:
    lg.send(7)
except StopIteration as e:
    print("lambda returned", e.value)


def order(log):
    def note(x):
        log.append(x)
        return x
    result = note("a") + (yield note("b")) + note("c")
    log.append(result)


log = []
o = order(log)
next(o)
log.append("resumed")
try:
    o.send("S")
except StopIteration:
    pass
print(log)


def bare():
    x = yield
    y = yield x
    return (yield y), x, y


b = bare()
print(next(b), b.send(1), b.send(2))
try:
    b.send(3)
except StopIteration as e:
    print(e.value)
