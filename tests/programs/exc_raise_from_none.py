# raise ... from None: cause None, context still recorded, __suppress_context__ True
def lookup(items, i):
    try:
        return items[i]
    except IndexError:
        raise ValueError("no item " + str(i)) from None
try:
    lookup([1, 2], 5)
except ValueError as e:
    print("caught:", e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("suppress:", e.__suppress_context__)
try:
    raise KeyError("x") from None
except KeyError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
print(lookup([1, 2], 1))
