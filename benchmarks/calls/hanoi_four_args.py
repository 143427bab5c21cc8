# Towers of Hanoi by recursion with four arguments, the moves counted by return values.
def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    before = hanoi(n - 1, source, spare, target)
    after = hanoi(n - 1, spare, target, source)
    return before + 1 + after


print(hanoi(24, "A", "C", "B"))
