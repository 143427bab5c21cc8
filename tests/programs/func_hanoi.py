# Towers of Hanoi (the seed report's benchmark), small instance with printed moves
moves = 0
def hanoi(n, src, dst, via):
    global moves
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves += 1
    if n >= 3:
        print("move disk", n, "from", src, "to", dst)
    hanoi(n - 1, via, dst, src)
hanoi(10, "A", "C", "B")
print(moves, 2 ** 10 - 1)
def count(n):
    return 0 if n == 0 else 2 * count(n - 1) + 1
print(count(64), count(100))
