# decorators: plain, stacked, applied innermost first, returning something else
order = []
def trace(name):
    order.append("made " + name)
    def deco(f):
        order.append("applied " + name)
        def wrapper(x):
            order.append("call " + name)
            return f(x) + 1
        return wrapper
    return deco

@trace("outer")
@trace("inner")
def base(x):
    return x * 10

print(base(1))
print(order)

def replace_with_number(f):
    return 42

@replace_with_number
def gone():
    pass

print(gone)

def register(f):
    registry.append(f.__name__)
    return f
registry = []

@register
def first():
    return 1

@register
def second():
    return 2

print(registry, first(), second())
