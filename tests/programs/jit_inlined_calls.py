# Calls the JIT compiles inline (a small module function called in a loop): every way a program can
# observe the callee must still see its own frame, and a call that is not the predicted function
# must still call what the global holds.
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
import sys


def step(x, y):
    return x * 3 + y


def divide(n, d):
    return n // d


def where(k):
    f = sys._getframe()
    caller = f.f_back
    return (f.f_code.co_name, f.f_lineno, caller.f_code.co_name, caller.f_locals["i"], k)


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


def total(n):
    s = 0
    for i in range(n):
        s = step(s, i) % 1000003
    return s


print(total(1000))
print(total(0))

# the callee raises: caught by the caller, its traceback names both frames
out = []
for i in range(5):
    try:
        out.append(divide(10, 2 - i))
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        out.append(names)
print(out)

# the callee looks at its frame and its caller's
def observe():
    for i in range(2):
        print(where(i))


observe()


# frames kept after the inlined callee returned, and frames of a traceback, keep their locals
def keep(x):
    y = x * 2
    return sys._getframe()


def kept():
    frames = []
    for i in range(3):
        frames.append(keep(i))
    for f in frames:
        print(f.f_locals, f.f_lineno, f.f_code.co_name, f.f_back.f_code.co_name)


def boom(x):
    z = x + 1
    raise ValueError(z)


def caught():
    out = []
    for i in range(2):
        try:
            boom(i)
        except ValueError as e:
            tb = e.__traceback__
            out.append((tb.tb_next.tb_frame.f_locals, tb.tb_lineno, tb.tb_next.tb_lineno))
    return out


kept()
print(caught())

# a callee that overflows into big ints and floats
acc = 0
for i in range(70):
    acc = step(acc, i)
print(acc)
x = 0.5
for i in range(3):
    x = step(x, 0.25)
print(x)

# recursion under an inlined call still counts its depth
for i in range(2):
    print(deep(50))


def limits():
    hits = 0
    for i in range(3):
        try:
            deep(100000)
        except RecursionError:
            hits += 1
    return hits


print(limits())


def wrong_arity():
    r = []
    for i in range(2):
        try:
            r.append(step(i))
        except TypeError as e:
            r.append(str(e))
    return r


print(wrong_arity())


# len is the module's own function only once its def has run: before, the call the JIT compiled
# inline (guarded by the function's code) must call the builtin
def lengths():
    out = []
    for s in ("ab", "abc", [1]):
        out.append(len(s))
    return out


print(lengths())


def len(x):
    return -1


print(lengths())

# an uncaught error inside the inlined callee: CPython's whole traceback
for i in range(3, -1, -1):
    print(divide(6, i))
