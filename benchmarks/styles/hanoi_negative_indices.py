# The seed report's iterative Towers of Hanoi written the way people often write it: tuple
# unpacking of the peg pairs, negative indices for the top discs, augmented assignment.
def hanoi(discs):
    pegs = [[discs + 1], [discs + 1], [discs + 1]]
    for d in range(discs, 0, -1):
        pegs[0].append(d)
    pairs = [(0, 2), (0, 1), (1, 2)] if discs % 2 else [(0, 1), (0, 2), (1, 2)]
    moves = checksum = 0
    while len(pegs[2]) <= discs:
        a, b = pairs[moves % 3]
        if pegs[a][-1] < pegs[b][-1]:
            src, to = a, b
        else:
            src, to = b, a
        pegs[to].append(pegs[src].pop())
        moves += 1
        checksum = (checksum * 31 + src * 3 + to + 1) % 1000000007
    return moves, checksum


moves, checksum = hanoi(24)
print(moves, checksum)
