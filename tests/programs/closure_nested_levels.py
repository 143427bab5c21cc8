# free variables reaching through several levels of nesting
def level1(a):
    b = a * 2
    def level2(c):
        d = b + c
        def level3(e):
            def level4():
                return a, b, c, d, e
            return level4
        return level3
    return level2

print(level1(1)(2)(3)())
print(level1(10)(20)(30)())

def chain(n):
    x = n
    def inc():
        nonlocal x
        x += 1
        def show():
            return x
        return show
    return inc

i = chain(5)
s1 = i()
s2 = i()
print(s1(), s2())
