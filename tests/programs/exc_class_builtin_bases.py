# Subclasses of the builtin exceptions with fields of their own: UnicodeEncodeError, NameError, AttributeError, ...
class KI(KeyboardInterrupt): pass
class ME(MemoryError): pass
class RE(RecursionError): pass
print(repr(ME()), repr(RE("deep")), issubclass(KI, BaseException), issubclass(KI, Exception))
class UE(UnicodeEncodeError): pass
u = UE("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print(str(u), u.start, u.reason)
class NE(NameError): pass
n = NE("nm")
print(n.name, repr(n))
n.name = "x"
print(n.name)
class AE(AttributeError): pass
a = AE("attr")
print(a.name, a.obj)
a.obj = [1]
del a.name
print(a.name, a.obj)
try:
    raise AE("raised")
except AttributeError as caught:
    print(repr(caught), caught.name)
class NotImpl(NotImplementedError): pass
class Assert(AssertionError): pass
class ZeroDiv(ZeroDivisionError): pass
for cls in (NotImpl, Assert, ZeroDiv, RE):
    try:
        raise cls("from", cls.__name__)
    except (RuntimeError, ArithmeticError, AssertionError) as e:
        print(type(e).__name__, e.args, [c.__name__ for c in type(e).__mro__])
