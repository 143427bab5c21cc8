# assignment expressions: in if and while tests, in calls and displays, nested, at module level
# and in functions, binding locals or globals
data = [5, 3, 8, 1]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
total = 0
index = 0
while (item := data[index]) != 1:
    total += item
    index += 1
print(total, item, index)
print((y := 10), y + (z := 5), z)
pairs = [(a := 1), (b := a + 1), (c := b * 3)]
print(pairs, a, b, c)
print(max((m := 4), 2), m)
x = (w := (v := 7) + 1) * 2
print(x, w, v)


def first_over(values, limit):
    for value in values:
        if (found := value) > limit:
            return found, value
    return None


print(first_over(data, 4), first_over(data, 10))


def countdown(k):
    seen = []
    while (k := k - 1) >= 0:
        seen.append(k)
    return seen, k


print(countdown(4))


def bind_global():
    global g
    return (g := "global now")


print(bind_global(), g)
if not (empty := []):
    print("empty is", empty)
print(1 if (q := 0) else 2, q)
