# str.find, rfind, index, rindex, count, startswith, endswith: start/end as None, negative and past the
# end, tuples of prefixes, empty needles, and non-ASCII text (indices are code points)
s = "héllo wörld, héllo 日本"
for sub in ["l", "héllo", "ö", "日本", "", "x", "o w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, None, -3),
          s.count(sub, -8), s.find(sub, 100), s.count(sub, 5, 2))
print(s.index("ö"), s.rindex("l"), s.index("l", 4, -1), s.rindex("héllo", 0, 12))
print(s.startswith("hé"), s.startswith("é", 1), s.startswith(("x", "wö"), 6), s.endswith("本"), s.endswith("日", 0, -1))
print(s.startswith(""), s.startswith("", 99), s.endswith("", -99, -100), s.endswith(()), "".startswith(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "a😀b😀".rfind("😀"), "a😀b😀".count("😀", 2))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("h", 1, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["h"])
except TypeError as e:
    print("TypeError:", e)
print("abc".find("c", True), "abc".find("b", -2**80), "abc".find("b", 0, 2**80))
