# Keyword arguments as people write them: a configuration-style function with defaults and keyword-only
# parameters, called with keywords in a loop, through a wrapper that passes **options on.
def scale(value, factor=2, *, offset=0, clamp=None):
    result = value * factor + offset
    if clamp is not None and result > clamp:
        result = clamp
    return result


def area(width, height, *, unit=1):
    return width * height * unit


def apply(fn, value, **options):
    return fn(value, **options)


total = 0
for i in range(3000000):
    total += scale(i, factor=3, offset=1)
    total += scale(value=i, clamp=500)
    total += area(height=i % 7, width=3, unit=2)
    if i % 10 == 0:
        total += apply(scale, i, offset=2)
print(total)
