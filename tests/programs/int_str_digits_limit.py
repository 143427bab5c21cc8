# str() of ints near the 4300-digit conversion limit; ends with the ValueError above it
# expect-exit: 1
# expect-stderr: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
x = 10 ** 4299
s = str(x)
print(len(s), s[0], s[-1], s[1])
print(len(str(-x)), len(str(x * 9)))
y = 10 ** 4300
print("about to convert")
print(y)
