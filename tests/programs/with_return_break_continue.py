# return, break and continue leave a with body through __exit__(None, None, None), exactly once, innermost first
log = []


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + str(self.name))
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append("exit " + str(self.name) + " " + str(exc_type))


def returns(x):
    with Manager("r"):
        log.append("body")
        return x * 2
    log.append("not reached")


def returns_local():
    value = "before"
    with Manager("local"):
        value = "inside"
        return value


def loop():
    for i in range(5):
        with Manager(i):
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body " + str(i))
    else:
        log.append("no break")
    return "loop done"


def while_loop():
    n = 0
    while True:
        n += 1
        with Manager("w" + str(n)) as m, Manager("v" + str(n)):
            if n < 3:
                continue
            break
    return n


def nested_return():
    with Manager("outer"):
        for i in range(3):
            with Manager("inner"):
                if i == 1:
                    return i


def return_in_finally_with():
    try:
        with Manager("tf"):
            return "from with"
    finally:
        log.append("finally")


def with_around_finally():
    with Manager("wf"):
        try:
            return "from try"
        finally:
            log.append("finally inside")


for f in (returns, returns_local, loop, while_loop, nested_return, return_in_finally_with, with_around_finally):
    log.clear()
    result = f(21) if f is returns else f()
    print(f.__name__, result, log)


def exit_sees_return_value():
    class Watch:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            log.append("exit after the value was computed")

    def value():
        log.append("value")
        return 7
    with Watch():
        return value()


log.clear()
print(exit_sees_return_value(), log)
