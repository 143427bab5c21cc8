# printing lists and tuples as CPython shows them: nesting, singletons, mixed items
print([])
print(())
print([1])
print((1,))
print([1, 2, 3], (1, 2, 3))
print([[1, 2], [3, [4, [5, []]]]])
print(((1,), ((2,),), ()))
print([(1, 2), [3, (4,)], ()])
print([1, -2, 2 ** 100, -(2 ** 70)])
print([1.5, -0.0, 0.1 + 0.2, 1e16, 1e-5, float("inf"), float("nan")])
print(["a", "", "hello world"], ("x",))
print([None, True, False, [None], (True,)])
print([1, 2.0, "3", None, True, [4, (5.0, "6")]])
xs = []
for i in range(6):
    xs.append((i, i * i, [i] if i % 2 else ()))
print(xs)
print(xs[2], xs[-1], xs[-1][2], xs[3][2][0])
nested = []
for i in range(5):
    nested = [nested, i]
print(nested)
t = ()
for i in range(5):
    t = (t, i)
print(t)
print(str([1, [2]]) + str((3,)))
