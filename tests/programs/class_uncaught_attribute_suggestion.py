# expect-exit: 1
# expect-stderr: AttributeError: 'Account' object has no attribute 'balanse'. Did you mean: 'balance'?
# The "Did you mean" of an AttributeError on an instance of a user class: its own attributes, its
# classes' (through the MRO) and object's.
class Base:
    def deposit(self, amount):
        self.balance += amount


class Account(Base):
    kind = "checking"

    def __init__(self):
        self.balance = 0


a = Account()
for wrong in ("depost", "knd", "__init_subclas__", "zzz"):
    try:
        getattr(a, wrong)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Account.depositt
except AttributeError as e:
    print("AttributeError:", e)
a.deposit(5)
print(a.balanse)
