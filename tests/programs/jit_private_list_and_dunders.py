# A list only this function holds is read with its items' kinds known to compiled code; once the
# program has classes, an operator may run a dunder that reaches the list through the frame's
# f_locals and changes it: the compiled code must not trust what it knew of the items.
import sys


class Sneaky:
    def __lt__(self, other):
        items = sys._getframe(1).f_locals.get("items")
        if items is not None:
            items[0] = 10 ** 30
            items[1] = 2.5
        return False


def run(probe):
    items = [1, 2, 3]
    total = 0
    for i in range(3):
        if probe < i:
            total += 100
        total += items[0] + items[1]
    return total


for _ in range(3000):
    result = run(Sneaky())
print(result)
print(run(5))
