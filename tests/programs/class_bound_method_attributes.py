# A bound method's attributes: __self__ and __func__ its own, the rest its function's (__name__,
# __qualname__, __doc__, __module__, attributes set on the function), and an AttributeError that
# names 'function', as CPython's method_getattro; a builtin bound method's __qualname__ names its type.


class Account:
    def deposit(self, amount):
        "Add amount to the balance."
        return amount

    @classmethod
    def open(cls):
        return cls()


def describe(method):
    return f"{method.__name__} / {method.__qualname__} / {method.__doc__} / {method.__module__}"


a = Account()
print(describe(a.deposit))
print(describe(Account.open))
a.deposit.__func__.audited = True
print(a.deposit.audited, getattr(a.deposit, "missing", "none"), hasattr(a.deposit, "audited"))
print(type(a.deposit).__name__, a.deposit.__class__.__name__, a.deposit.__self__ is a)
try:
    a.deposit.missing
except AttributeError as e:
    print("AttributeError:", e)
for m in ([].append, {}.get, "".join, (1,).count, b"".hex, {1}.add, (5).bit_length):
    print(m.__name__, m.__qualname__, type(m.__self__).__name__)
