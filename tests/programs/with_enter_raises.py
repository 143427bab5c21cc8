# expect-exit: 1
# expect-stderr: RuntimeError: enter failed: last
# an exception in __enter__ (or in the manager's expression) leaves before the body, without __exit__
class Manager:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])


try:
    with Manager("one", fail=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

try:
    with Manager("a") as a, Manager("b", fail=True) as b, Manager("c"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)


def make(fail):
    if fail:
        raise LookupError("no manager")
    return Manager("made")


try:
    with make(False), make(True):
        print("not reached")
except LookupError as e:
    print("caught", e)


def enter_fails():
    with Manager("outer"):
        with Manager("inner", fail=True):
            pass


try:
    enter_fails()
except RuntimeError as e:
    print("caught", e, e.__context__)
with Manager("last", fail=True):
    pass
