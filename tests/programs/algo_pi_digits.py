# digits of pi with big ints (Machin's formula, fixed point)
def arctan_inv(x, unity):
    total = unity // x
    term = total
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term = term // x2
        total = total + sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total
digits = 300
unity = 10 ** (digits + 10)
pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
pi = pi // 10 ** 10
print(pi)
s = str(pi)
print(s[0] + "." + s[1] + s[2] + s[3] + s[4], len(s), s[-1])
