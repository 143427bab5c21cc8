# indexing lists and tuples with negative and boundary indices
xs = [10, 20, 30, 40, 50]
t = (1, "two", 3.0, None, True)
print(xs[0], xs[4], xs[-1], xs[-5], xs[len(xs) - 1], xs[-len(xs)])
print(t[0], t[1], t[2], t[3], t[4], t[-1], t[-2], t[-5])
for i in range(-5, 5):
    print(i, xs[i], t[i])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1][2], grid[-1][-1], grid[-3][0], grid[2][-3])
i = 0
while i < 3:
    print(grid[i][i], grid[i][-1 - i])
    i += 1
print([1, 2, 3][1], (4, 5, 6)[-1], [[7]][0][0])
big = 2 ** 100
print(xs[big - big + 2], xs[True], xs[False])
