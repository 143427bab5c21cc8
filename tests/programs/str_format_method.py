# str.format: automatic and manual numbering, names, attributes and indexes, conversions, nested specs,
# every kind of value; format_map with a dict
print("{} + {} = {}".format(1, 2.5, "three"))
print("{2}{1}{0}{1}".format("a", "b", "c"), "{0}{0}".format("é"))
print("{name} is {age:>4} years".format(name="Ada", age=36))
print("{0[0]}{0[1]}{1[x]}".format(["a", "b"], dict(x="y")), "{a[1][0]}".format(a=[0, "zq"]))
print("{0.args}".format(ValueError("no")), "{e.args[0]!r}".format(e=KeyError("k")))
print("{!r} {!s} {!a}".format("日本", "日本", "日本"), "{0!r:>10}|".format("é"))
print("{:{}{}}|{:{w}.{p}f}".format("x", "^", 7, 3.14159, w=9, p=3))
print("{:*^11,}|{:+.2e}|{:#o}|{:%}|{:c}|{:08.3f}".format(1234567, 12345.678, 8, 0.25, 9731, -3.5))
print("{}|{}|{}|{}|{}".format(None, True, [1, "a"], (1,), dict(a=1)))
print("{{literal}} {{{}}}".format("x"), "}}{{".format(), "".format(1, 2))
print("{a}-{b}".format_map(dict(a="A", b="B")), "{x!r:>6}".format_map(dict(x="q")))
print("{:5}|{:<5}|{:>5}|{:^5}|{:.2}|".format("ab", "ab", "ab", "ab", "abc"))
print("{0:{1}}".format("nested", "^12"), "{:{}}".format(42, "08x"))
for fmt in ["{0:{1:{2}}}", "{", "}", "{0!x}", "{0", "{0.}", "{0[0]x}", "{}{0}"]:
    try:
        print(fmt.format("a", "b", "c"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
