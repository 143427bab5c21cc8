# evaluation order and short-circuiting: prints inside operands show what runs
def t(name):
    print("t", name)
    return True

def f(name):
    print("f", name)
    return False

def v(x):
    print("v", x)
    return x

print(t(1) and f(2) and t(3))
print(f(1) and t(2))
print(t(1) or f(2))
print(f(1) or f(2) or t(3) or t(4))
print(f(1) and t(2) or t(3))
print(t(1) or f(2) and f(3))
print(not f(1) and t(2))
print(v(1) < v(2) < v(0) < v(3))
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) + v(2) * v(3), v(10) - v(4) - v(3))
print(v(2) ** v(3) ** v(2))
print(v("a") if v(0) else v("b"), v("c") if v(1) else v("d"))
x = v(1) if t("cond") else v(2)
print(x)
print(v(0) or v(0.0) or v("") or v("last"))
print(v(1) and v(2) and v(0) and v(3))
a, b = v(1), v(2)
print(a, b)
print(v(min(v(3), v(1), v(2))), max(v(5), v(4)))
