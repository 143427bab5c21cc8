# env: PYTHONHASHSEED=+4294967295
# The largest seed, with a sign as C's strtoul reads it
print(hash("abc"), hash(b"abc"), {"p", "q", "r", "s", "t"})
