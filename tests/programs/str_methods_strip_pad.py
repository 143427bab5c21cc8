# str.strip family, removeprefix/removesuffix, replace, center/ljust/rjust with fill characters,
# zfill with signs, expandtabs with every tab size
print(repr("  \t hi \n ".strip()), repr("\u3000\x85hi\u2029".strip()), repr("xxhixyx".strip("xy")),
      repr("ééaé".lstrip("é")), repr("a日本".rstrip("本日")), repr("abc".strip("")), repr("abc".strip(None)))
print("test_case".removeprefix("test_"), "test_case".removeprefix("case"), "x.tar.gz".removesuffix(".gz"),
      "x".removesuffix(""), "日本語".removeprefix("日"))
print("aaaa".replace("a", "b"), "aaaa".replace("aa", "b"), "aaaa".replace("a", "b", 2), "abc".replace("x", "y"),
      "abc".replace("", "."), "abc".replace("", ".", 0), "".replace("", "x"), "héllo".replace("é", "e"),
      "abc".replace("b", ""), "a-b-c".replace("-", "--", -1))
for w in [-1, 0, 3, 4, 7, 8]:
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("日本".ljust(w, "é")), repr("x".rjust(w, "0")))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "-".zfill(3), "".zfill(2), "abc".zfill(2), "日".zfill(3))
t = "a\tbc\tdef\tg\n\tx\r\ty"
for size in [8, 4, 1, 0, -1]:
    print(repr(t.expandtabs(size)))
print(repr(t.expandtabs()), repr("日\t本".expandtabs(tabsize=3)))
