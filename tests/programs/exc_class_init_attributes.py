# User exceptions with __init__, attributes, methods, properties and class attributes.
class HTTPError(Exception):
    retryable = False

    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason

    @property
    def is_client(self):
        return 400 <= self.status < 500

    def describe(self):
        return f"[{self.status}] {self.reason} (client={self.is_client}, retry={self.retryable})"


class Unavailable(HTTPError):
    retryable = True

    def __init__(self, after):
        super().__init__(503, "Service Unavailable")
        self.after = after


for exc in (HTTPError(404, "Not Found"), Unavailable(30)):
    try:
        raise exc
    except HTTPError as e:
        print(e.describe(), e.args, str(e), repr(e))
        print(e.status, e.reason, getattr(e, "after", None), hasattr(e, "after"))

# An __init__ that does not call the base's: args are still the call's arguments
class Quiet(Exception):
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c


q = Quiet(1, b=5, c=7)
print(q.args, q.total, str(q), repr(q))
q2 = Quiet(10)
print(q2.args, q2.total)

# Exception.__init__ called explicitly, the older spelling
class Legacy(LookupError):
    def __init__(self, key):
        LookupError.__init__(self, key, "extra")
        self.key = key


e = Legacy("k")
print(e.args, e.key, str(e))

# keywords reach BaseException.__init__ only when the class has no __init__ of its own
class Plain(ValueError):
    pass


try:
    Plain("x", code=1)
except TypeError as t:
    print("TypeError:", t)

# attributes added after creation, deleted, listed
e = Plain("p")
e.note = "added"
print(e.note, e.__dict__)
del e.note
print(hasattr(e, "note"), e.__dict__)
try:
    del e.note
except AttributeError as a:
    print("AttributeError:", a)
try:
    e.missing
except AttributeError as a:
    print("AttributeError:", a)

# builtin exceptions take attributes too
v = ValueError("v")
v.extra = 42
print(v.extra, v.__dict__, v.args)

# an __init__ returning a value
class BadInit(Exception):
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as t:
    print("TypeError:", t)
