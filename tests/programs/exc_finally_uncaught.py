# finally blocks in every frame run before an uncaught error ends the program
# expect-exit: 1
# expect-stderr: KeyError: 'missing'
def inner():
    try:
        print("inner raising")
        raise KeyError("missing")
    finally:
        print("inner finally")
def middle():
    try:
        inner()
    except ValueError:
        print("wrong handler")
    finally:
        print("middle finally")
try:
    middle()
finally:
    print("module finally")
