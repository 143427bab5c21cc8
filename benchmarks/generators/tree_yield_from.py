# A recursive traversal of a complete binary tree with yield from (issue 21's second target): each
# leaf's value is passed up through every generator on its path, depth 18.
def make(depth, start):
    if depth == 0:
        return (start, None, None)
    half = 1 << (depth - 1)
    return (start, make(depth - 1, start + 1), make(depth - 1, start + 1 + half * 2 - 1))


def walk(node):
    value, left, right = node
    if left is not None:
        yield from walk(left)
    yield value
    if right is not None:
        yield from walk(right)


tree = make(18, 0)
total = 0
count = 0
for _ in range(2):
    for v in walk(tree):
        total += v
        count += 1
print(count, total)
