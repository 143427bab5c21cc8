# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# errors raised while formatting an f-string field are CPython's
def attempt(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: f"{1.5:d}")
attempt(lambda: f"{'s':+}")
attempt(lambda: f"{1:.2}")
attempt(lambda: f"{[1]:>3}")
attempt(lambda: f"{None:x}")
attempt(lambda: f"{1:{'abc'}}")
attempt(lambda: f"{1:,_}")
attempt(lambda: f"{'x':=^5}")
attempt(lambda: f"{1 / 0}")
