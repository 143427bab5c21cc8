# repeated float operations whose rounding must match exactly
s = 0.0
for i in range(1000):
    s += 0.1
print(s)
t = 0.0
i = 1
while i <= 2000:
    t = t + 1.0 / (i * i)
    if i % 200 == 0:
        print(i, t, t * 6)
    i = i + 1
p = 1.0
for i in range(1, 40):
    p = p * (1.0 + 1.0 / i) / 1.01
    print(i, p)
e = 0.0
term = 1.0
for k in range(1, 20):
    e = e + term
    term = term / k
print(e, e - 2.718281828459045)
