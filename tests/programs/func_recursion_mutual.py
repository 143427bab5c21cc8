# mutual recursion between module-level functions
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
for n in [0, 1, 2, 7, 10, 99, 400]:
    print(n, is_even(n), is_odd(n))
def hof_f(n):
    return 1 if n == 0 else n - hof_m(hof_f(n - 1))
def hof_m(n):
    return 0 if n == 0 else n - hof_f(hof_m(n - 1))
fs = []
ms = []
for i in range(25):
    fs.append(hof_f(i))
    ms.append(hof_m(i))
print(fs)
print(ms)
