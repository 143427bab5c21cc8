# UnboundLocalError raised by reading a local too early, caught as NameError; message text
total = 100
def add(n):
    if n > 0:
        total = n
    return total
print(add(5))
try:
    add(0)
except NameError as e:
    print(type(e).__name__, "|", e)
    print(isinstance(e, UnboundLocalError), e.args)
def after_handler():
    try:
        raise ValueError("x")
    except ValueError as exc:
        pass
    return exc
try:
    after_handler()
except UnboundLocalError as e:
    print(e)
try:
    print(missing_global)
except NameError as e:
    print(type(e).__name__, "|", e)
