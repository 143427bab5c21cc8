# comparisons between every pair of builtin types, through the types' richcompare slots: == and !=
# fall back to identity, orderings of unrelated types raise CPython's TypeError
n = float("nan")
d = dict(a=1, b=2)
values = [0, 1, True, 2.5, n, 2**70, "a", "", (1, 2), (1,), [1, 2], [], range(3), range(0), d, dict(),
          d.keys(), dict(a=0, b=0, c=0).keys(), d.items(), d.values(), None, len, print, int, ValueError("x")]
for a in values:
    row = ""
    for b in values:
        row += ("=" if a == b else ".") + ("!" if a != b else ".")
        try:
            row += ("<" if a < b else "-") + (">" if a >= b else "-")
        except TypeError as e:
            assert str(e) == "'<' not supported between instances of '" + type(a).__name__ + "' and '" + \
                type(b).__name__ + "'", str(e)
            row += "T"
    print(row)
print([n] == [n], (n,) == (n,), n == n, [1, [2, n]] < [1, [2, n], 0])
l = [1]
l.append(l)
print(l == l, l != l, d.values() == d.values())
print(d.keys() <= dict(a=1, b=1, c=3).keys(), d.items() > dict(a=1).items(), d.keys() == d.items())
for a, b in [((1, 2), (1, "x")), ([None], [1]), (range(1), range(1)), (d, d), ("a", b"a"[0])]:
    try:
        print(a > b)
    except TypeError as e:
        print("TypeError:", e)
