# uncaught error through several frames: carets under calls and under a binary operator
# expect-exit: 1
# expect-stderr: ZeroDivisionError: float division by zero
def average(values):
    total = 0.0
    for v in values:
        total += v
    return total / len(values) - total / (len(values) - 3)
def report(name, values):
    print("report", name)
    return "avg of " + name + " = " + str(average(values))
def main():
    print(report("four", [1.0, 2.0, 3.0, 4.0]))
    print(report("three", [1.0, 2.0, 3.0]))
main()
