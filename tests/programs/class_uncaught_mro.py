# expect-exit: 1
# expect-stderr: TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B
class A: pass
class B(A): pass
class C(A, B): pass
