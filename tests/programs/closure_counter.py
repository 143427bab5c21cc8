# counters and accumulators made by factories, each with its own cell
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

a = make_counter()
b = make_counter(100)
print(a(), a(), b(), a(10), b(5))

def make_accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add

acc = make_accumulator()
for v in range(5):
    print(acc(v))
