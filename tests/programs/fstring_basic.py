# f-strings: literal parts, fields, conversions, the = form, nested specs, many parts
x = 3.14159
n = 42
s = "héllo"
w, p = 12, 3
print(f"")
print(f"plain")
print(f"{n}")
print(f"a{n}b{x}c{s}d")
print(f"{s!r} {s!s} {s!a} {n!r}")
print(f"{x=}", f"{n = }", f"{s=!s}", f"{x=:.2f}", f"{n=:>5}")
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{n:{'*'}^{w}}] [{s:{w}}]")
print(f"{n:#x} {n:#o} {n:#b} {n:08,d} {-n:+}")
print(f"{'nested ' + f'{n:03}'}")
print(f"{{literal braces}} {n}{{}}")
print(f"{[1, 2]} {(1,)} {None} {True} {1e100}")
print(f"{n!r:>6}|{s!a:<12}|")
many = f"{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}{12}{13}{14}{15}{16}{17}{18}{19}{20}{21}{22}{23}{24}{25}{26}{27}{28}{29}{30}{31}{32}{33}{34}{35}"
print(many, len(many))
print(f"abc" == "abc", f"{'x'}" == "x")


def row(name, qty, price):
    return f"{name:<10}|{qty:>5d}|{price:>10,.2f}|{qty * price:>12.3e}"


for i in range(5):
    print(row(f"item{i}", i * 7, i * 1234.5678))
