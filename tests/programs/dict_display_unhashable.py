# a display evaluates its keys and values before it hashes them (16 pairs or fewer)
# expect-exit: 1
# expect-stderr: TypeError: unhashable type: 'list'
def value(v):
    print('value', v)
    return v
d = {'a': value(1), ['b']: value(2), 'c': value(3)}
