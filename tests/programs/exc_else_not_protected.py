# an error raised in the else block is not handled by the same try's handlers
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
def step(a, b):
    try:
        q = a // b
    except ZeroDivisionError:
        print("handled division of", a, "by", b)
        return None
    else:
        print("quotient", q)
        return a // (q - 2)
    finally:
        print("finally", a, b)
print(step(10, 0))
print(step(10, 2))
print(step(10, 5))
