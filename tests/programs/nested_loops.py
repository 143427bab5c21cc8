# nested loops: multiplication table, triangle, Pythagorean triples
for i in range(1, 10):
    line = ""
    for j in range(1, 10):
        p = i * j
        if p < 10:
            line = line + " "
        line = line + " " + str(p)
    print(line)
for i in range(6):
    row = ""
    for j in range(i + 1):
        row = row + "*"
    print(row)
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 42):
            if a * a + b * b == c * c:
                print(a, b, c)
