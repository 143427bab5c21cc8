# Sorting 200,000 records by a key: tuples (name, city, amount) ordered by amount with a key
# function, by (city, name) with a key building tuples, and by name descending (stable sorts).
cities = ["Paris", "Lyon", "Nice", "Lille", "Nantes", "Rennes", "Brest", "Metz"]
x = 42
records = []
for i in range(200000):
    x = (x * 1103515245 + 12345) % 2147483648
    records.append(("n%06d" % (x % 1000003), cities[x % 8], (x >> 8) % 100000 / 100))
by_amount = sorted(records, key=lambda r: r[2])
by_place = sorted(records, key=lambda r: (r[1], r[0]))
records.sort(key=lambda r: r[0], reverse=True)
print(by_amount[0], by_amount[-1], by_place[0], by_place[-1], records[0], records[-1])
print(sum(r[2] for r in by_amount[:1000]))
