# messages name the function by its qualified name
def outer():
    def inner(a):
        pass
    return inner

def deeper():
    def middle():
        def leaf(*, k):
            pass
        return leaf
    return middle()

lam = lambda x: x
calls = [lambda: outer()(), lambda: outer()(1, 2), lambda: deeper()(), lambda: deeper()(k=1, j=2), lambda: lam(),
         lambda: outer()(*5), lambda: deeper()(**3), lambda: lam(1, **dict(x=2))]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
