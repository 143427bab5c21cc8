# Edge cases of the hooks: __index__ added and removed later, __getattribute__ raising other errors through
# hasattr/getattr, recursion through __getattribute__, a metaclass's container dunders and super().
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    pass
L = [1, 2, 3]
t(lambda: L[I()])
I.__index__ = lambda self: 1
t(lambda: L[I()])
t(lambda: hex(I()))
del I.__index__
t(lambda: L[I()])
class S:
    __slots__ = ('a',)
    def __getattribute__(self, n):
        if n == 'a':
            raise ValueError('boom')
        return object.__getattribute__(self, n)
s = S()
t(lambda: hasattr(s, 'a'))
t(lambda: getattr(s, 'a', 5))
t(lambda: hasattr(s, 'b'))
class G:
    def __getattr__(self, n):
        return self.__dict__[n]
t(lambda: G().x)
class R:
    def __getattribute__(self, n):
        return R.__getattribute__(self, n)
t(lambda: R().x)
class NS:
    def __setattr__(self, n, v):
        self.__dict__[n] = v * 2
ns = NS(); ns.q = 2; print(ns.q, vars(ns))
class W:
    __slots__ = ()
t(lambda: W().__class__.__name__)
class Meta(type):
    def __len__(cls): return 3
    def __iter__(cls): return iter([1,2])
    def __getitem__(cls, k): return k * 2
class X(metaclass=Meta): pass
t(lambda: (len(X), list(X), X[4]))
t(lambda: type(type.__call__(X)).__name__)
t(lambda: isinstance(X(), X))
class Q(metaclass=Meta):
    def __class_getitem__(cls, k): return 'cg'
t(lambda: Q[1])
t(lambda: super(Meta, X).__repr__())
t(lambda: type(X)('Z', (), {}))
t(lambda: object.__new__(X).__class__ is X)
