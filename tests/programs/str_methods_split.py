# str.split, rsplit, splitlines, partition, rpartition and join: whitespace as Unicode defines it,
# maxsplit, separators of several characters, every line boundary splitlines knows
text = " one  two\tthree\u3000four\x85five\u00a0six "
print(text.split())
print(text.split(None, 2), text.rsplit(None, 2), text.split(maxsplit=0), text.rsplit(maxsplit=1))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "a<>b<>c".split("<>"), "a<>b<>c".rsplit("<>", maxsplit=1))
print("日本::語::".split("::"), "".split(), "".split(","), "   ".split(), "  x  ".rsplit(None, 0))
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(lines.splitlines())
print(lines.splitlines(True))
print("x\n\n".splitlines(), "\r\r\n".splitlines(keepends=True), "".splitlines(), "no end".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "nothing".partition("="),
      "nothing".rpartition("="), "αβγ".partition("β"))
print(", ".join(["a", "b", "c"]), "".join(["日", "本"]), "-".join("xyz"), "|".join(()), "é".join(("a",)))
print(" ".join(dict(one=1, two=2)), "+".join(range(0) and [] or ["1", "2"]), "".join("abc"))
