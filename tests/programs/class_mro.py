# the C3 MRO, isinstance/issubclass with tuples, object, type(name, bases, ns)
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([k.__name__ for k in Z.__mro__])
print(issubclass(Z, O), issubclass(Z, (int, str)), issubclass(Z, (int, (str, K3))), issubclass(O, Z))
z = Z()
print(isinstance(z, A), isinstance(z, (int, E)), isinstance(z, object), isinstance(3, object))
print(issubclass(bool, object), issubclass(Z, object), object.__mro__, object.__bases__, object.__base__)
print(type(object()) is object, repr(object())[:20])
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(O, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 3)
except TypeError as e:
    print("TypeError:", e)

T = type("T", (A,), {"a": 1, "f": lambda self: self.a + 1})
t = T()
print(T, T.__mro__, t.f(), T.__qualname__, isinstance(t, O))
try:
    type("T", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
