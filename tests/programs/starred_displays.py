# starred expressions in list and tuple displays: any iterable, several, mixed with plain items,
# empty, long displays, and the error for what is not iterable
a = [1, 2]
b = (3, 4)
print([*a, 1, *b], (*a,), (*b, 5), [*"hi", *range(3)])
print([*[], *()], (*[],), [*dict(x=1, y=2)])
print([0, *a, *a, 0])
t = (*a, *b)
print(t, type(t), len(t))
long_list = [*a, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
             27, 28, 29, 30, 31, 32, *b, 33]
print(long_list, len(long_list))


def spread(values):
    return [*values, *values[::-1]], (*values, "end")


print(spread([1, 2, 3]))
calls = []


def note(x):
    calls.append(x)
    return [x]


print([*note(1), note(2), *note(3)], calls)
for value in (5, None, 1.5):
    try:
        print([1, *value])
    except TypeError as e:
        print("TypeError:", e)
try:
    print((*a, *7))
except TypeError as e:
    print("TypeError:", e)
