# str subclasses: methods return str; the value serves as dict keys, in joins and comparisons.
class Name(str):
    def greet(self):
        return "Hello, " + self + "!"

    @property
    def initial(self):
        return self[0]


n = Name("ada")
print(n, repr(n), n.greet(), n.initial, n.upper(), type(n.upper()).__name__, len(n), n[1:], type(n[1:]).__name__)
print(n == "ada", "ada" == n, n < "b", hash(n) == hash("ada"), {"ada": 1}[n], {n: 2}["ada"], n in ["ada"], "d" in n)
print(n + "!", "!" + n, n * 2, type(n + "!").__name__, f"{n}", f"{n:>5}", "%s" % n, str(n), type(str(n)).__name__)
print(", ".join([n, Name("bob")]), n.split("d"), n.replace("a", "A"), n.startswith("a"), sorted([Name("b"), n, "c"]))
print(n.capitalize(), n.title(), n.center(7, "*"), n.encode(), list(n), [c for c in n], n.find("d"), n.count("a"))
n.nick = "A"
print(n.nick, isinstance(n, str), type(n).__name__, str.upper(n), Name(5), Name(), Name(b"x"), Name(n) == n)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("shout")
print(u, len(u), u.lower(), u == "SHOUT", repr(u))


class Quoted(str):
    def __repr__(self):
        return "Q" + super().__repr__()

    def __str__(self):
        return "<" + self + ">"


q = Quoted("x")
print(q, repr(q), [q], str(q), f"{q}", q + "y", "%s|%r" % (q, q))
