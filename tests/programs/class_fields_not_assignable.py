# What a class keeps in its own fields (its MRO, base, namespace) cannot be assigned as if it were a
# class attribute: CPython's AttributeErrors, and the class is unchanged.
class A:
    pass


for name, value in (("__mro__", 3), ("__base__", int), ("__dict__", {})):
    try:
        setattr(A, name, value)
    except AttributeError as e:
        print(name, "AttributeError:", e)
print(A.__mro__, A.__base__, type(A.__dict__).__name__)
A.__doc__ = "changed"
A.__module__ = "elsewhere"
print(A.__doc__, A.__module__)
