# id() and the default hash() stay fixed while objects move; dicts keyed by such objects find them after collections
def make(n):
    def f():
        return n
    return f
functions = [make(i) for i in range(200)]
ids = [id(f) for f in functions]
hashes = [hash(f) for f in functions]
table = {f: f() for f in functions}
errors = [ValueError(i) for i in range(50)]
by_error = {e: str(e) for e in errors}
garbage = 0
for round in range(30):
    junk = [[i, str(i), (i, i)] for i in range(300)]      # allocation: collections move the survivors
    garbage += len(junk)
    if round % 10 == 0:
        extra = {make(i): i for i in range(100)}          # identities asked for, then dropped
        garbage += len(extra)
print(garbage)
print([id(f) for f in functions] == ids, [hash(f) for f in functions] == hashes)
print([table[f] for f in functions] == [f() for f in functions], sum([table[f] for f in functions]))
print([by_error[e] for e in errors] == [str(e) for e in errors], len(by_error))
print(len({i: 0 for i in ids}) == len(ids))
print(id(None) == id(None), id(True) != id(False), id(5) == id(5), id(5) != id(6), id(-7) > 0, id(2 ** 70) > 0)
a = [1]
b = [1]
print(id(a) != id(b), id(a) == id(a), id(table) == id(table))
print(hash(functions[0]) != hash(functions[1]), isinstance(hash(functions[3]), int))
del table[functions[7]]
print(functions[7] in table, functions[8] in table, len(table))
