# global declarations: reading, rebinding and creating module variables
counter = 0
def inc(by=1):
    global counter
    counter = counter + by
    return counter
def read():
    return counter * 2
def make():
    global created
    created = "made"
print(inc(), inc(), inc(10), read(), counter)
make()
print(created)
total = 0
def add_all(xs):
    global total
    for x in xs:
        total += x
add_all([1, 2, 3])
add_all((10, 20))
print(total)
def shadow():
    counter = 1000
    return counter
print(shadow(), counter)
def use_later():
    return later_defined * 3
later_defined = 14
print(use_later())
def fib_memo_counter(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib_memo_counter(n - 1) + fib_memo_counter(n - 2)
calls = 0
print(fib_memo_counter(15), calls)
