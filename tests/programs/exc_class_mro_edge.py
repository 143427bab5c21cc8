# Unusual but valid exception class statements: object first (an MRO error), two exception bases, BaseException's
# methods assigned as class attributes, type() with three arguments.
try:
    class E(object, Exception): pass
except TypeError as t:
    print(t)
class A(Exception): pass
class B(Exception):
    def who(self): return "B"
class C(A, B): pass
print(C.__mro__, C().who(), C.__base__)
class D(Exception):
    __init__ = Exception.__init__
    __str__ = Exception.__repr__
print(str(D(1)), D(1, 2).args)
try:
    D(x=1)
except TypeError as t:
    print(t)
X = type("X", (KeyError,), {"extra": 1})
print(X("k"), X.extra, X("k").extra, repr(X()))
