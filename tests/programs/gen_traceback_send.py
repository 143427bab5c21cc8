# expect-exit: 1
# expect-stderr: TypeError: unsupported operand type(s) for +=: 'int' and 'str'
# An error inside a generator resumed by send(), raised through a genexpr and a for loop.
def adder():
    total = 0
    while True:
        value = yield total
        total += value


def feed(values):
    a = adder()
    next(a)
    return [a.send(v) for v in values]


print(feed([1, 2, 3]))
print(sum(x for x in feed([4, "five"])))
