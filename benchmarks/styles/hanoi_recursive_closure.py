# Recursive Towers of Hanoi whose moves are recorded through a closure over the counters.
def solve(discs):
    moves = 0
    checksum = 0
    def move(n, src, to, via):
        nonlocal moves, checksum
        if n == 0:
            return
        move(n - 1, src, via, to)
        moves += 1
        checksum = (checksum * 31 + src * 3 + to + 1) % 1000000007
        move(n - 1, via, to, src)
    move(discs, 0, 2, 1)
    return moves, checksum


result = solve(22)
print(result[0], result[1])
