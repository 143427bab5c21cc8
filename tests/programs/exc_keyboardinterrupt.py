# KeyboardInterrupt passes `except Exception` and stops at BaseException / itself
def work(n):
    if n == 3:
        raise KeyboardInterrupt("stop")
    return n * n
def run():
    results = []
    for i in range(5):
        try:
            results.append(work(i))
        except Exception:
            results.append("exception")
    return results
try:
    print(run())
except KeyboardInterrupt as e:
    print("interrupted:", repr(e), e.args)
    print(isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise KeyboardInterrupt
except (ValueError, KeyboardInterrupt) as e:
    print("in tuple:", repr(e))
print("end")
