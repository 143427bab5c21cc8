# errors inside except blocks: caught by an outer try, the inner handler's error carries the context
def risky(n):
    return [1, 2, 3][n]
def process(n):
    try:
        return risky(n)
    except IndexError as first:
        print("handling", first)
        try:
            return 100 // (n - n)
        except ZeroDivisionError as second:
            print("second error", second, "context", repr(second.__context__))
            raise ValueError("gave up on " + str(n))
results = []
for n in (0, 5, 2):
    try:
        results.append(process(n))
    except ValueError as e:
        results.append(str(e))
        ctx = e.__context__
        print("chain:", type(e).__name__, type(ctx).__name__, type(ctx.__context__).__name__, ctx.__context__.__context__)
print(results)
