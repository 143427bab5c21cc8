# a function whose closure holds cells and which makes cells of its own, run until compiled: compiled code
# took the closure from the function after a collection could have moved it (PYVM_GC_STRESS=1)
def outer(k):
    def middle(n):
        r = n * 2
        def inner():
            return r * k
        return inner()
    return middle

m = outer(3)
total = 0
for i in range(1500):
    total += m(i)
print(total)
def grid(n, cols):
    def row(r):
        def cell(c):
            return r * cols + c
        return cell(0) + cell(cols - 1)
    return row(n)
for i in range(1200):
    last = grid(i, 3)
print(last)
