# every recursive call has its own frame: collect n from each caller by walking f_back
import sys
def collect():
    values = []
    f = sys._getframe(1)
    while f.f_code.co_name == "fact":
        values.append(f.f_locals["n"])
        f = f.f_back
    return values
def fact(n):
    if n <= 1:
        print("frames:", collect())
        return 1
    return n * fact(n - 1)
print(fact(5))
def countdown(n, acc):
    acc.append(sys._getframe().f_lineno)
    if n > 0:
        countdown(n - 1, acc)
    return acc
print(countdown(3, []))
