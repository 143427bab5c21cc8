# del of local variables: reading them afterwards, deleting parameters, in loops, several at once


def show(name, f, arg=None):
    try:
        print(name, f() if arg is None else f(arg))
    except UnboundLocalError as e:
        print(name, "UnboundLocalError:", e)


def read_after_del():
    x = 1
    del x
    return x


def del_unbound():
    del y
    y = 2


def del_parameter(p):
    del p
    return p


def del_twice(n):
    k = n
    del k
    del k


def in_loop(n):
    out = []
    for i in range(n):
        v = i * i
        out.append(v)
        del v
    try:
        return out, v
    except UnboundLocalError as e:
        return out, str(e)


def several():
    a, b, c, d, e, f = 1, 2, 3, 4, 5, 6
    del a, b
    del (c, d)
    del [e]
    return f


def rebind_after_del():
    x = "first"
    del x
    x = "second"
    return x


def conditional(flag):
    x = 10
    if flag:
        del x
    try:
        return x
    except UnboundLocalError:
        return "deleted"


show("read_after_del", read_after_del)
show("del_unbound", del_unbound)
show("del_parameter", del_parameter, 5)
show("del_twice", del_twice, 3)
show("in_loop", in_loop, 4)
show("several", several)
show("rebind_after_del", rebind_after_del)
show("conditional", conditional, True)
show("conditional", conditional, False)
