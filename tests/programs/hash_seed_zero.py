# env: PYTHONHASHSEED=0
# PYTHONHASHSEED=0: the SipHash key is all zeros, as in CPython
print(hash("a"), hash("hello"), hash(b"hello"), hash("\u03c0"), hash("\U0010ffff"))
print({"one", "two", "three", "four", "five", "six", "seven"})
print(frozenset({"a", "b", "c"}) == frozenset("abc"), hash(frozenset("abc")))
