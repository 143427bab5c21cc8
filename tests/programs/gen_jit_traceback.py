# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# A traceback raised three generators deep once their code is compiled: every generator frame, with
# the line of each one's yield or loop, outermost first; one caught and printed, one uncaught.
def numbers(n):
    for i in range(n, -1, -1):
        yield i


def inverses(source):
    for v in source:
        yield 1000000 // v if v % 2 else 1 / v


def doubled(source):
    for v in source:
        yield v * 2


def total(n):
    t = 0
    for v in doubled(inverses(numbers(n))):
        t += v
    return t


try:
    total(5000)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        print(code.co_name, tb.tb_lineno, sorted(tb.tb_frame.f_locals) if code.co_name != "<module>" else "")
        tb = tb.tb_next
print("again")
total(3000)
