# finally runs when try returns; a return in finally overrides the try's return and swallows an error
log = []
def plain():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
def override():
    try:
        return "from try"
    finally:
        return "from finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def value_computed_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        log.append("x set to " + str(x))
def except_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        log.append("finally after except return")
print(plain())
print(override())
print(swallow())
print(value_computed_before_finally())
print(except_returns())
print(log)
