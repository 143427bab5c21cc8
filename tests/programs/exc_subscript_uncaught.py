# uncaught IndexError from a subscript inside nested calls
# expect-exit: 1
# expect-stderr: IndexError: tuple index out of range
grid = ((1, 2, 3), (4, 5, 6))
def cell(r, c):
    return grid[r][c]
def row_sum(r, width):
    s = 0
    for c in range(width):
        s += cell(r, c)
    return s
print(row_sum(0, 3))
print(row_sum(1, 3))
print(row_sum(1, 4))
