# Takeuchi's function: three arguments, calls nested in calls.
def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(26, 18, 10), tak(24, 16, 8))
