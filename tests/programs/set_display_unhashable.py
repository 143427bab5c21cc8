# a display evaluates its elements before it hashes them; after a *, each is added as it comes
# expect-exit: 1
# expect-stderr: TypeError: unhashable type: 'list'
def element(v):
    print('element', v)
    return v

try:
    {element(1), element([2]), element(3)}
except TypeError as e:
    print(e)
try:
    {element(1), *element([2]), element([3]), element(4)}
except TypeError as e:
    print(e)
try:
    {*element(5)}
except TypeError as e:
    print(e)
print({element(x) for x in range(3)})
print({x for x in [[1], 2]})
