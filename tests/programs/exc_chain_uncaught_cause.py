# uncaught error with an explicit cause: "The above exception was the direct cause"
# expect-exit: 1
# expect-stderr: RuntimeError: could not compute ratio for 3
def ratio(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        try:
            total += ratio(10, v - 3)
        except ZeroDivisionError as e:
            raise RuntimeError("could not compute ratio for " + str(v)) from e
        print("partial", total)
    return total
compute([1, 2, 3, 4])
