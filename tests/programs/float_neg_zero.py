# negative zero: printing, arithmetic signs, comparisons
z = -0.0
print(z, -z, 0.0 * -1, -1 * 0.0, 0.0 / -5, z + 0.0, z + z, z - 0.0, 0.0 - 0.0)
print(z == 0.0, z < 0.0, z > 0.0, z == 0, abs(z), -abs(z), int(z), str(z))
print(1 / float("-inf"), -1e-320 * 1e-10, z * z, z * 5, z / 3, -0.0 ** 2, (-0.0) ** 3)
print(-0 * 1.0, 0 * -1.0, z // 1, z % 1, -0.0 // -1, 0.0 % -1, -1 % 1.0, 1.0 % -1)
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print([z, 0.0, -z], (z,), bool(z), float("-0"), float("-0.0"), -float(0))
