# expect-exit: 1
# expect-stderr: ValueError: Cell is empty
# a cell whose variable is not bound yet
def outer():
    def inner():
        return later
    cell = inner.__closure__[0]
    print(repr(cell)[-8:])
    later = 5
    print(cell.cell_contents, repr(cell)[:9], ": int object at 0x" in repr(cell))
    del_it = None
    return cell

def outer2():
    def inner():
        return later
    print(inner.__closure__[0].cell_contents)
    later = 1

outer()
outer2()
