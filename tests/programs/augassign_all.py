# augmented assignment with every arithmetic and bitwise operator, ints and floats
x = 100
x += 5; print(x)
x -= 7; print(x)
x *= 3; print(x)
x //= 4; print(x)
x %= 50; print(x)
x **= 3; print(x)
x <<= 70; print(x)
x >>= 65; print(x)
x &= 0xFFFF; print(x)
x |= 0x10000; print(x)
x ^= 0x1234; print(x)
x /= 8; print(x)
f = 2.5
f += 1; print(f)
f -= 0.5; print(f)
f *= -2; print(f)
f /= 3; print(f)
f //= 0.7; print(f)
f %= 1.5; print(f)
f **= 2; print(f)
n = -17
n //= 5; print(n)
n %= -5; print(n)
n **= -2; print(n)
s = "a"
s += "b"; s += s; print(s)
b = True
b += True; print(b)
acc = 1
for i in range(1, 25):
    acc *= i
    acc -= i * i
    acc //= 2
    print(i, acc)
