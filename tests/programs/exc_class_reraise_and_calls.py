# User exceptions re-raised selectively, *args/**kwargs __init__, vars(), __getattr__, class-level use.
class Abort(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.options = kwargs


def guarded(action, *kinds):
    """What a with statement over a suppressing context manager does."""
    try:
        action()
    except BaseException as e:
        if not isinstance(e, kinds):
            raise
        return ("suppressed", type(e).__name__, e.args, e.options, e.__traceback__ is not None)
    return ("ran",)


def abort():
    raise Abort("stop", 1, force=True, level=2)


print(guarded(abort, Abort), guarded(lambda: None, Abort), guarded(abort, KeyError, Exception))
try:
    guarded(abort, KeyError)
except Abort as a:
    print("escaped", a.args, a.options)

a = Abort("v", retry=3)
print(vars(a), a.__dict__ is vars(a), a.options["retry"])


class Lazy(Exception):
    def __getattr__(self, name):
        return "computed " + name


z = Lazy("l")
print(z.anything, z.args, getattr(z, "other"), hasattr(z, "x"))


def make(kind):
    class Local(kind):
        def __str__(self):
            return "local " + kind.__name__

    return Local


Local = make(IndexError)
try:
    [][0]
except IndexError:
    try:
        raise Local()
    except LookupError as e:
        print(type(e).__qualname__, str(e), repr(e.__context__), e.__context__.__traceback__ is not None)
print(Local.__qualname__, Local.__mro__[1:])
