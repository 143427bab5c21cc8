# parameters of every kind captured by nested functions
def make(a, b=2, *args, c, d=4, **kw):
    def show():
        return (a, b, args, c, d, kw)
    def bump():
        nonlocal a, c
        a = a + 1
        c = c + 1
    return show, bump

show, bump = make(1, c=3, z=9)
print(show())
bump()
print(show())
show, bump = make(*[1, 2, 3], **dict(c=0, d=1))
print(show())
