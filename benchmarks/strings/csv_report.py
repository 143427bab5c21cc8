# A CSV-like report of 100,000 lines: the lines built with f-strings and joined, the text split into
# lines and fields, amounts summed per city and per month, and the report formatted with format
# specs, % and str.join. Made by a linear congruential generator: the same everywhere.
cities = ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Lille"]
products = ["apple", "pear", "plum", "cherry", "grape", "fig"]
x = 7
rows = []
for i in range(100000):
    x = (x * 1103515245 + 12345) % 2147483648
    rows.append(f"{i},{cities[x % 8]},{products[x % 6]},2024-{x % 12 + 1:02d}-{x % 28 + 1:02d},"
                f"{(x >> 7) % 1000},{(x >> 3) % 100000 / 100:.2f}")
text = "\n".join(["id,city,product,date,quantity,price"] + rows) + "\n"
print(len(text))

by_city = {}
by_month = {}
count = 0
for line in text.splitlines()[1:]:
    fields = line.split(",")
    quantity = int(fields[4])
    amount = quantity * float(fields[5])
    city = fields[1].upper()
    by_city[city] = by_city.get(city, 0.0) + amount
    month = fields[3][:7]
    by_month[month] = by_month.get(month, 0) + quantity
    count += 1

out = []
out.append("%-12s %16s %6s" % ("CITY", "AMOUNT", "SHARE"))
total = sum(by_city.values())
for city in sorted(by_city):
    out.append(f"{city:<12} {by_city[city]:>16,.2f} {by_city[city] / total:>6.1%}")
out.append("-" * 36)
for month, quantity in sorted(by_month.items()):
    out.append("{0} {1:>10d} {2}".format(month, quantity, "*" * (quantity // 200000)))
report = "\n".join(out)
lines = [", ".join(field.strip() for field in line.split(" ") if field) for line in report.splitlines()]
print(report)
print(count, len(report), len(lines), sum(len(line) for line in lines))
