# Paths through a grid of lists with walls, counted by plain recursion (no memo).
def make_grid(size):
    grid = []
    for r in range(size):
        row = []
        for c in range(size):
            row.append(1 if (r * 7 + c * 3) % 11 == 0 and r > 0 and c > 0 else 0)
        grid.append(row)
    return grid


def paths(grid, r, c):
    if grid[r][c]:
        return 0
    if r == 0 and c == 0:
        return 1
    count = 0
    if r > 0:
        count += paths(grid, r - 1, c)
    if c > 0:
        count += paths(grid, r, c - 1)
    return count


grid = make_grid(16)
print(paths(grid, 15, 15))
