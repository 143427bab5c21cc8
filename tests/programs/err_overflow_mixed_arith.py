# huge int mixed with a float: "int too large to convert to float"
# expect-exit: 1
# expect-stderr: OverflowError: int too large to convert to float
big = 10 ** 400
print(big // 10 ** 399, big > 1.5, big == 1e308)
print(big * 1.5)
