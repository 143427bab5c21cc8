# The builtin exceptions with behaviour of their own keep it in user subclasses.
class MissingKey(KeyError):
    pass


class Done(StopIteration):
    pass


class NetError(OSError):
    pass


class Refused(NetError):
    def __init__(self, port):
        super().__init__(111, "Connection refused")
        self.port = port


k = MissingKey("name")
print(str(k), repr(k), k.args, str(MissingKey()), str(MissingKey(1, 2)), str(MissingKey("")))
d = Done(42)
print(d.value, Done().value, Done(1, 2).value, repr(d))
n = NetError(32, "Broken pipe")
print(str(n), n.errno, n.strerror, repr(n), type(n).__name__)
r = Refused(8080)
print(str(r), r.errno, r.strerror, r.port, r.args)
print(str(NetError("plain")), NetError("plain").errno)
try:
    raise Refused(22)
except ConnectionError:
    print("not here")
except OSError as e:
    print("OSError caught", e.port, e)

class Exit(SystemExit):
    pass


x = Exit(3)
print(x.code, Exit().code, Exit("msg").code, Exit(1, 2).code)
try:
    raise Exit(5)
except SystemExit as s:
    print("caught SystemExit", s.code, type(s).__name__)
