# expect-exit: 1
# expect-stderr: TypeError: outer.<locals>.inner() got an unexpected keyword argument 'colour'
# an unexpected keyword in a nested function, several frames deep
def outer(**options):
    def inner(size, *, color="red"):
        return (size, color)
    return inner(1, **options)

def run(opts):
    return outer(**opts)

print(run(dict(color="blue")))
print(run(dict()))
print(run(dict(colour="green")))
