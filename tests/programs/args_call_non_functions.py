# calling what is not a function, with keywords and stars
five, nothing, text, empty = 5, None, "s", []
calls = [lambda: five(*[1]), lambda: five(a=1), lambda: nothing(**dict()), lambda: text(*"ab"), lambda: empty(x=1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(int(*["7"]), float(*["1.5"]), str(*[3]), tuple(*[[1, 2]]), list(*["ab"]), range(*[1, 4]))
print(type(*[1]), bool(*[0]), dict(*[[("a", 1)]], b=2))
