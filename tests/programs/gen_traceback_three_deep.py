# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
# A traceback raised three generators deep shows every generator frame, outermost first.
def numbers():
    for i in range(3, -1, -1):
        yield i


def inverses(source):
    for n in source:
        yield 10 // n


def doubled(source):
    for v in source:
        yield v * 2


def main():
    for value in doubled(inverses(numbers())):
        print(value)


main()
