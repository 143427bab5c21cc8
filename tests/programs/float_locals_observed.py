# Float locals that compiled code keeps unboxed (only float arithmetic reads them) are still seen
# by frames: f_locals from a callee, locals(), a frame kept after its function returned, and the
# frame of a traceback. The functions run hot, so the compiled tier runs them.
import sys


def peek():
    return dict(sys._getframe(1).f_locals)


def observed(n):
    x = 0.5
    y = x * 3.0
    z = y - x + n
    seen = peek()
    w = z * z
    return sorted(seen.items()), w


def kept(n):
    a = n * 1.5
    b = a / 4.0
    return sys._getframe(0), b


def failing(n):
    d = n * 0.25
    e = d + 1.0
    return e / (d - d)


def with_locals(n):
    p = n * 2.0
    q = p - 0.5
    r = q * q
    return locals()


for i in range(200):
    first = observed(i)
    frame, b = kept(i)
    try:
        failing(i + 1)
    except ZeroDivisionError as exc:
        tb = exc.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        last = sorted(tb.tb_frame.f_locals.items())
    loc = with_locals(i)
print(first)
print(sorted(frame.f_locals.items()), b)
print(last)
print(sorted(loc.items()))


def mandel(size):
    count = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 2.5 * px / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < 50 and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            count += i
    return count


print(mandel(40))


def mixed(values):
    total = 0.0
    for v in values:
        t = total + v            # v: a float, an int, a big int, a bool, or an object with __radd__
        total = t
    return total


class Half:
    def __radd__(self, other):
        return other + 0.5


print(mixed([1.5, 2, 2 ** 70, True, Half(), -0.25] * 50))
