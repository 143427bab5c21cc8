# A function with both free variables and cells of its own, called often enough to be compiled: making
# its cells may collect and move the function, whose closure it read first (PYVM_GC_STRESS=1).
def outer():
    total = 0
    def add(step):
        nonlocal total
        def seen():
            return step, total
        total += step
        return seen
    return add


add = outer()
last = None
for i in range(1500):
    last = add(i % 7)
print(last())
