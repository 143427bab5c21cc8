# Takeuchi's function: three arguments, calls nested in calls.
def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(27, 18, 9), tak(28, 18, 10), tak(27, 16, 8))
