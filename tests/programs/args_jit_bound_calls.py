# calls with keywords and defaults in loops, compiled into the caller; the same code with other
# defaults (a def run again), and another function under the same call site
def scale(x, factor=2, *, offset=0):
    return x * factor + offset

def loop(n):
    total = 0
    for i in range(n):
        total = total + scale(i) + scale(i, 3) + scale(x=i, offset=1) + scale(i, offset=i, factor=1)
    return total

print(loop(10))
for k in range(3):
    def shifted(x, by=k, *, times=k + 1):
        return (x + by) * times
    print(shifted(1), shifted(1, times=1), shifted(x=2, by=0))

def apply(fn, n):
    out = []
    for i in range(n):
        out.append(fn(i, factor=i))
    return out

print(apply(scale, 4))
print(apply(lambda x, factor: x - factor, 3))
print(apply(lambda x, **kw: kw, 2))
