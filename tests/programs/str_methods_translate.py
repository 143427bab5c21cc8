# str.translate and str.maketrans: one, two and three arguments, deleting, several characters per
# character, lookups that raise LookupError leaving the character alone
table = str.maketrans("abc", "xyz", "d")
print(list(table.items()))
print("abcd-abcd".translate(table), "日本abc".translate(str.maketrans("日本", "にほ")))
print(list(str.maketrans(dict([("a", "1"), (98, None), ("é", "E")])).items()))
print("aébé".translate(str.maketrans(dict([("a", "1"), (98, None), ("é", "EE")]))))
print("abc".translate(["", None, "X"] * 40), "abc".translate("0123"), "hello".translate(dict([(108, 76)])))
print("".maketrans("a", "b"), "abc".translate(dict()))
for bad in [dict([(97, 1.5)]), dict([(97, -1)]), dict([(97, 0x110000)])]:
    try:
        print("abc".translate(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
