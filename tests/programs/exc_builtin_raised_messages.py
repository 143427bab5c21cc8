# messages of errors raised by builtins and operators, caught and printed by type name
import sys
def attempt(kind):
    items = [1, 2, 3]
    if kind == 0:
        return items[7]
    if kind == 1:
        return (1, 2)[-3]
    if kind == 2:
        return "abc"[10]
    if kind == 3:
        return int("1.5")
    if kind == 4:
        return float("nan?")
    if kind == 5:
        return len(3.5)
    if kind == 6:
        return "a" - 1
    if kind == 7:
        return not_defined_anywhere
    if kind == 8:
        return (5).real_part
    if kind == 9:
        return [].pop()
    if kind == 10:
        return sys._getframe().f_locals["absent"]
    if kind == 11:
        return int(float("inf"))
    if kind == 12:
        return 7 % 0
    return chr(-1)
for k in range(14):
    try:
        attempt(k)
    except Exception as e:
        print(k, type(e).__name__ + ":", e)
