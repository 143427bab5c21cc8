# float // and % over sign combinations, with zeros and infinities
vals = [7.0, -7.0, 7.5, -7.5, 0.0, -0.0, 1e-300, 3.0, 1e20, -1e20]
divs = [2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e300, -1e-10]
for a in vals:
    for d in divs:
        print(a, d, a // d, a % d)
inf = float("inf")
print(5.5 % inf, -5.5 % inf, 5.5 % -inf, -5.5 % -inf, 0.0 % inf)
print(5.5 // inf, -5.5 // inf, 5.5 // -inf, -5.5 // -inf)
print(inf % 3.0, inf // 3.0, -inf // 3.0)
print(-7 // 2.0, -7 % 2.0, 7 // -2.5, 7 % -2.5, -7.5 // 2, -7.5 % 2)
print(0.1 % 0.01, 1.0 % 0.1, -1.0 % 0.1, 1.0 // 0.1, 0.3 // 0.1)
