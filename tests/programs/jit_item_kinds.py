# Items the JIT knows the kind of (pyvm/jit/analysis.py, known_kinds): tuples built here, and lists
# built here that nothing else can reach; and the ways a list's items may change behind the code's
# back, where the JIT must not rely on them.
import sys


def pegs_and_pairs(n):
    pegs = [[n + 1], [n + 1], [n + 1]]
    pairs = [(0, 2), (0, 1), (1, 2)]
    d = n
    while d > 0:
        pegs[0].append(d)
        d = d - 1
    moves = 0
    while len(pegs[2]) <= n:
        pair = pairs[moves % 3]
        a = pair[0]
        b = pair[1]
        if pegs[a][len(pegs[a]) - 1] < pegs[b][len(pegs[b]) - 1]:
            pegs[b].append(pegs[a].pop())
        else:
            pegs[a].append(pegs[b].pop())
        moves = moves + 1
    return moves, pegs


def meddle():
    sys._getframe(1).f_locals["items"].append(2 ** 70)     # the caller's list, through its frame


def changed_by_a_callee():
    items = [1, 2]
    meddle()
    return items[2] + 1


def changed_in_a_handler():
    items = [1, 2]
    try:
        1 // 0
    except ZeroDivisionError as e:
        e.__traceback__.tb_frame.f_locals["items"][0] = 3 ** 50
    return items[0] + 1


def either(n):
    a = [1]
    b = [2]
    c = a if n else b
    c.append("s")
    return a[len(a) - 1], b[len(b) - 1]


def nested():
    t = ((1, 2), (3, (4, 5)))
    inner = t[1]
    rows = [[1, 2], [3]]
    rows[1].append("four")
    return inner[1][0] + t[0][1], rows[1][1] + "!", rows[0][0] + rows[0][1]


def small_items_growing(n):
    xs = [1, 2]
    k = 0
    while k < n:
        xs.append(xs[len(xs) - 1] * 1000003)      # the items stay ints, not small ones
        k = k + 1
    return xs[len(xs) - 1], xs[0] - xs[1]


print(pegs_and_pairs(5))
print(changed_by_a_callee())
print(changed_in_a_handler())
print(either(0), either(1))
print(nested())
print(small_items_growing(8))
