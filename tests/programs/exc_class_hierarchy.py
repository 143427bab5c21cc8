# Deep hierarchies of user exceptions over the builtin ones: except clauses match along the MRO.
class Base(Exception): pass
class Level1(Base): pass
class Level2(Level1): pass
class Level3(Level2): pass
class Level4(Level3): pass
class MyKey(KeyError): pass
class MyIndex(IndexError): pass
class MyLookup(LookupError): pass
class DeepKey(MyKey): pass


def classify(exc):
    try:
        raise exc
    except Level3 as e:
        return "Level3+ " + type(e).__name__
    except (Level1, MyIndex) as e:
        return "Level1/MyIndex " + type(e).__name__
    except KeyError as e:
        return "KeyError " + type(e).__name__ + " " + str(e)
    except LookupError as e:
        return "LookupError " + type(e).__name__
    except Base:
        return "Base"


for exc in (Base(), Level1(), Level2(), Level3(), Level4(), MyKey("k"), DeepKey("d"), MyIndex(),
            MyLookup(), IndexError("builtin"), KeyError("builtin")):
    print(classify(exc))

print(Level4.__mro__)
print(DeepKey.__mro__)
print([c.__name__ for c in Level4.__bases__], Level4.__base__.__name__)
print(issubclass(Level4, Base), issubclass(Base, Level4), issubclass(DeepKey, LookupError))
print(isinstance(Level4(), (MyKey, Level2)), isinstance(DeepKey(), IndexError))

# a builtin error the runtime raises is not caught by a user subclass of its type
try:
    try:
        {}["missing"]
    except MyKey:
        print("not here")
except KeyError as e:
    print("the runtime's KeyError", repr(e))

# handlers in a loop and in functions several frames down
def deep(n):
    if n == 0:
        raise Level4("bottom")
    return deep(n - 1)


for n in range(3):
    try:
        deep(n)
    except Level2 as e:
        print(n, repr(e), e.__traceback__ is not None)
