# close(): GeneratorExit at the yield, finally blocks run; a generator that yields again is a RuntimeError.
def worker(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "cleanup")


g = worker("a")
print(next(g))
print(g.close())
print(g.close())
print(list(g))

fresh = worker("b")
fresh.close()
print(list(fresh))


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catches()
next(c)
c.close()


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
next(r)
print(r.close())


def stubborn():
    refused = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if refused:
                return
            refused = True
            print("refusing")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.close())


def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


v = raises_other()
next(v)
try:
    v.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
