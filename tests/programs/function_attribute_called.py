# A function kept as another function's attribute is called through the attribute (a method
# call of the attribute: call_method finds no method of the type and calls what get_attr gives).
def outer():
    return "outer"


def helper(x, y=10):
    return x + y


outer.helper = helper
outer.other = outer
print(outer.helper(1))
print(outer.helper(1, 2))
print(outer.helper(1, y=5))
print(outer.other())
print(outer.other.helper(3))
outer.value = 5
try:
    outer.value()
except TypeError as e:
    print(e)
