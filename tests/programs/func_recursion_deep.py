# recursion depth around 900 (within the default limit of 1000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
def build(n):
    if n == 0:
        return []
    xs = build(n - 1)
    xs.append(n)
    return xs
print(depth(900), sum_to(900), len(build(900)), build(900)[-1])
def countdown(n):
    if n % 150 == 0:
        print("at", n)
    if n > 0:
        countdown(n - 1)
countdown(900)
print(depth(950))
