# nested withs and several items (with a, b:, parenthesized items): entered in order, left in reverse
log = []


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        log.append("exit " + self.name + (" " + exc_type.__name__ if exc_type else ""))
        return self.swallow


with Manager("a") as a, Manager("b") as b, Manager("c"):
    log.append(a + b)
print(log)
log.clear()
with (Manager("p") as p, Manager("q") as q):
    log.append(p + q)
with (Manager("x"), Manager("y")):
    pass
with (Manager("paren")) as z:
    log.append(z)
print(log)
log.clear()
with Manager("outer", swallow=True):
    with Manager("middle"):
        with Manager("inner"):
            raise ValueError
    log.append("not reached")
print(log)
log.clear()
with Manager("first", swallow=True), Manager("second", swallow=False):
    raise KeyError
print(log)
log.clear()
with Manager("first"), Manager("second", swallow=True):
    raise KeyError
print(log)
log.clear()


def deep(n):
    if n == 0:
        raise OverflowError("bottom")
    with Manager("level" + str(n), swallow=(n == 2)):
        deep(n - 1)
    log.append("after level" + str(n))


deep(4)
print(log)
