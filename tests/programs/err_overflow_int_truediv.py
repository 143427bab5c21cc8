# huge int / small int: "integer division result too large for a float"
# expect-exit: 1
# expect-stderr: OverflowError: integer division result too large for a float
big = 2 ** 2000
print(big / 2 ** 1990, big / big, 1 / big)
print(big / 3)
