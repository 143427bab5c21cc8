# expect-stderr: to stderr
# builtins that take keywords
import sys
print(1, 2, 3, sep=", ", end=" <\n")
print("to stderr", file=sys.stderr, flush=True)
print("to stdout", file=sys.stdout)
print(sep="x")
print("a", "b", sep=None, end=None)
print(int("ff", base=16), int("z", 36), int("0b101", base=0))
print(min([3, 1, 2], key=lambda x: -x), max("abc", key=lambda c: c == "b"))
print(max([], default="none"), min([], key=abs, default=0), min(4, 2, key=lambda x: x))
print(round(2.675, ndigits=2), round(number=7.5), round(1234, ndigits=-2))
print(sum([1, 2, 3], start=10), pow(2, exp=5), pow(base=3, exp=2, mod=4))
print(str(object=42), dict(one=1, two=2))
lst = [5, 3, 4]
lst.sort(key=lambda v: v % 2, reverse=True)
print(lst)
