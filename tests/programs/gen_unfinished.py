# Generators left unfinished: suspended at exit, never started, or dropped midway.
def numbers():
    n = 0
    while True:
        yield n
        n += 1


kept = numbers()
print(next(kept), next(kept))
never = numbers()
for i in numbers():
    if i == 3:
        break
print("broke at", i)
many = [numbers() for _ in range(1000)]
for g in many[::100]:
    next(g)
print(sum(next(g) for g in many))
pending = (x * x for x in range(10))
print(next(pending))
print("exit with generators suspended")
