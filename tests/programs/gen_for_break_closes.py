# A for loop over a generator it alone holds (for x in g(...)), left by break or return: CPython
# frees the generator there, which closes it at once, so its finally and except GeneratorExit
# clauses run before the code after the loop (after the finally clauses inside the loop). A
# generator held elsewhere too is closed later (here: at exit).
def lines(name, n=3):
    print("open", name)
    try:
        for i in range(n):
            yield "%s-%d" % (name, i)
    finally:
        print("close", name)


def first_matching(name, wanted):
    for line in lines(name):
        if line.endswith(wanted):
            return line
    return None


print(first_matching("ret", "1"))
print(first_matching("none", "9"))
for line in lines("brk"):
    try:
        if line.endswith("0"):
            break
    finally:
        print("finally inside the loop, first")
print("after break")
for outer in range(2):
    for line in lines("inner%d" % outer):
        if outer == 0:
            continue
        break
    else:
        print("else of inner0")
print("after nested")


def watching(name):
    try:
        while True:
            yield name
    except GeneratorExit:
        print("GeneratorExit in", name)
        raise


def generator_consumer():
    for w in watching("in a generator"):
        yield w
        break
    yield "next"


print(list(generator_consumer()))
for w in watching("keyword"):
    break
kept = lines("kept")
for line in kept:
    break
print("after kept: closed at exit")


def count_closed(rounds):
    total = 0
    for i in range(rounds):
        for line in lines("many", 5):
            total += len(line)
            if i % 2:
                break
    return total


print(count_closed(6))
