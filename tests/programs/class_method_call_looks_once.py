# obj.name(args) looks name up once, as CPython's LOAD_METHOD: a property returning a callable runs its
# getter once per call (pyvm runs it after the arguments, CPython before: docs/ops.md); a missing
# attribute raises before the arguments are evaluated.
log = []


class A:
    @property
    def f(self):
        log.append("getter")
        return len

    def g(self, x):
        return x * 2


def arg(v):
    log.append("argument")
    return v


a = A()
for _ in range(1200):
    r = (a.f(arg([1, 2])), a.g(arg(3)))
print(r, log.count("getter"), log.count("argument"))
a.h = lambda y: y + 1
print(a.h(arg(1)), len(log))
try:
    a.missing(arg(0))
except AttributeError as e:
    print("AttributeError:", e, len(log))
