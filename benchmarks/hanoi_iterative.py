# The seed report's Towers of Hanoi benchmark: the moves that carry DISCS discs
# from peg 0 to peg 2, computed the classic iterative way on three pegs
# simulated with lists. The moves are not printed: they are counted and folded
# into a checksum, and the count (2**DISCS - 1) and the checksum are printed at
# the end. hanoi_recursive.py makes the same moves in the same order, so it
# prints the same two numbers.
#
#     python3 hanoi_iterative.py DISCS
import sys


def hanoi(discs):
    # Each peg is a list with the top disc last. A sentinel disc larger than
    # all the others lies at the bottom of every peg, so that an empty peg
    # needs no special case: any real disc may be put on it.
    big = discs + 1
    pegs = [[big], [big], [big]]
    d = discs
    while d > 0:
        pegs[0].append(d)
        d = d - 1
    # The classic order: the smallest disc goes round the pegs, 0 -> 2 -> 1
    # -> 0 for an odd number of discs, 0 -> 1 -> 2 -> 0 for an even one, and
    # every other move is the only legal one between the two pegs the
    # smallest disc is not on. Put together, move k (from 0) is the legal move
    # between the two pegs of pairs[k % 3]: the smaller of their top discs
    # goes onto the other peg.
    if discs % 2 == 1:
        pairs = [(0, 2), (0, 1), (1, 2)]
    else:
        pairs = [(0, 1), (0, 2), (1, 2)]
    moves = 0
    checksum = 0
    while len(pegs[2]) <= discs:
        pair = pairs[moves % 3]
        a = pair[0]
        b = pair[1]
        peg_a = pegs[a]
        peg_b = pegs[b]
        if peg_a[len(peg_a) - 1] < peg_b[len(peg_b) - 1]:
            src = a
            to = b
        else:
            src = b
            to = a
        pegs[to].append(pegs[src].pop())
        moves = moves + 1
        checksum = (checksum * 31 + src * 3 + to + 1) % 1000000007
    return (moves, checksum)


discs = 10
if len(sys.argv) > 1:
    discs = int(sys.argv[1])
result = hanoi(discs)
print(result[0], result[1])
