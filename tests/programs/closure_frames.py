# frames of closures: f_locals shows captured variables, as CPython 3.11
import sys

def outer():
    x = 1
    y = [1, 2]
    def inner(a):
        z = x + a
        return sorted_items(sys._getframe(0).f_locals), sorted_items(sys._getframe(1).f_locals)
    return inner(5)

def sorted_items(d):
    out = []
    for k in d:
        if k != "inner":
            out.append((k, d[k]))
    return out

print(outer())

def maker():
    n = 10
    def show():
        f = sys._getframe()
        return f.f_code.co_name, f.f_back.f_code.co_name, list(f.f_locals)
    return show

print(maker()())
