# Towers of Hanoi, recursively: the moves that carry DISCS discs from peg 0 to
# peg 2, counted and folded into a checksum, neither printed one by one. The
# seed report only had the iterative version (hanoi_iterative.py), its VM did
# not do recursion well enough; this one measures calls. Both make the same
# moves in the same order and print the same two numbers: the count
# (2**DISCS - 1) and the checksum.
#
#     python3 hanoi_recursive.py DISCS
import sys


def move(n, src, to, via, state):
    # state is [moves, checksum]
    if n == 0:
        return
    move(n - 1, src, via, to, state)
    state[0] = state[0] + 1
    state[1] = (state[1] * 31 + src * 3 + to + 1) % 1000000007
    move(n - 1, via, to, src, state)


discs = 10
if len(sys.argv) > 1:
    discs = int(sys.argv[1])
state = [0, 0]
move(discs, 0, 2, 1, state)
print(state[0], state[1])
