# functions without return / with bare return give None; early returns
def nothing():
    pass
def bare(x):
    if x > 0:
        return
    print("not positive", x)
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
def side(x):
    print("side", x)
print(nothing(), bare(1), bare(-1), side(3))
r = side(4)
print(r, [nothing(), bare(5)])
for n in [0, 1, 5, 10, 50, 100]:
    print(n, early(n))
def nested_calls(a):
    return early(a) + early(a + 1) if a > 2 else 0
print(nested_calls(1), nested_calls(30))
