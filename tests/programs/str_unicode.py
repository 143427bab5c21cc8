# non-ASCII str literals: len counts code points, indexing, printing
s = "h\u00e9llo w\u00f6rld"
print(s, len(s), s[1], s[-4])
print("\u65e5\u672c\u8a9e", len("\u65e5\u672c\u8a9e"), "snow\u2603man", "\U0001F600", len("\U0001F600"))
t = "na\u00efve caf\u00e9"
print(t + "!", [t], len(t + t))
print("\u00e9" == "e\u0301", len("e\u0301"), "e\u0301")
