# strs inside containers print with repr: quote choice and escapes
print(["plain", "it's", 'say "hi"', "both ' and \""])
print(["tab\there", "new\nline", "back\\slash", "cr\r", "bell\x07", "nul\x00"])
print(("", " ", "'", '"'))
print(["\x7f", "\x1b[0m", "caf\u00e9", "\u2603", "\U0001F600"])
print("direct: it's", 'say "hi"', "tab\there")
s = "a'b"
t = 'c"d'
print([s, t, s + t], (s + s,))
