# calling with too few positional arguments
# expect-exit: 1
# expect-stderr: TypeError: area() missing 1 required positional argument: 'h'
def area(w, h):
    return w * h
print(area(3, 4))
print(area(3))
