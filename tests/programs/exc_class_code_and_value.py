# SystemExit.code and StopIteration.value are set by BaseException.__init__: a subclass whose __init__
# skips it has None; they can be stored; next() raises a class's own StopIteration as it is.
class Skips(SystemExit):
    def __init__(self, status):
        self.status = status


class Calls(SystemExit):
    def __init__(self, status):
        super().__init__(status, "extra")


print(Skips(3).code, Skips(3).args, Calls(4).code, SystemExit(5).code, SystemExit().code)
s = SystemExit(1)
s.code = 9
s.args = (2,)
print(s.code, s.args)
del s.code
print(s.code)


class Exhausted(StopIteration):
    def __init__(self, value, why):
        super().__init__(value)
        self.why = why


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise Exhausted("final", "reached zero")
        self.n -= 1
        return self.n


print(list(Countdown(3)), [x for x in Countdown(2)], next(Countdown(0), "default"))
c = Countdown(1)
print(next(c))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, e.value, e.why, e.args)
v = StopIteration(1, 2)
print(v.value)
v.value = "changed"
print(v.value, v.args)
