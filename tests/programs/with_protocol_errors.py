# expect-exit: 1
# expect-stderr: TypeError: 'Half' object does not support the context manager protocol (missed __exit__ method)
# __enter__ and __exit__ are looked up on the type, as CPython's special method lookup does
class NoEnter:
    def __exit__(self, *exc):
        print("not called")


class NoExit:
    def __enter__(self):
        print("not called either")


def attempt(make):
    try:
        with make():
            print("not reached")
    except TypeError as e:
        print(type(e).__name__ + ":", e)


attempt(NoEnter)
attempt(NoExit)
attempt(int)
attempt(lambda: "text")
attempt(lambda: None)
attempt(lambda: [1])
attempt(object)


class OnInstance:
    pass


o = OnInstance()
o.__enter__ = lambda: print("instance attribute: not used")
o.__exit__ = lambda *a: None
attempt(lambda: o)


class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return "s"

    @classmethod
    def __exit__(cls, *exc):
        print("class exit", cls.__name__, exc)


with Static() as s:
    print(s)


class Inherited(Static):
    pass


with Inherited():
    pass


class NotCallable:
    __enter__ = 5
    __exit__ = None


attempt(NotCallable)


class ExitNotCallable:
    def __enter__(self):
        print("entered")
    __exit__ = 3


try:
    with ExitNotCallable():
        print("body")
except TypeError as e:
    print(e)
try:
    with ExitNotCallable():
        raise ValueError("given to a non-callable __exit__")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))


class Patched:
    pass


Patched.__enter__ = lambda self: "patched in"
Patched.__exit__ = lambda self, *exc: print("patched exit")
with Patched() as p:
    print(p)


class Half:
    def __enter__(self):
        print("never")


with Half():
    pass
