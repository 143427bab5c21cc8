# retry loops: continue after a handled error, break on success, while-else when attempts run out
def flaky(attempt, succeed_at):
    if attempt < succeed_at:
        raise RuntimeError("attempt " + str(attempt) + " failed")
    return "success on " + str(attempt)
def try_up_to(limit, succeed_at):
    attempt = 0
    while attempt < limit:
        attempt += 1
        try:
            result = flaky(attempt, succeed_at)
        except RuntimeError as e:
            print("  ", e)
            continue
        print("  got", result)
        break
    else:
        print("  gave up after", attempt)
        return None
    return attempt
print(try_up_to(5, 3))
print(try_up_to(2, 3))
errors = 0
for text in ("1", "x", "22", "", "3.0", "4"):
    try:
        print(int(text) * 2)
    except ValueError:
        errors += 1
print("errors", errors)
