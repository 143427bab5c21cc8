# pow() with three arguments: its result, and CPython's messages when an argument is not an int
for args in [(2, "x", 3), (2, 3, "x"), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("a", 2, 3), (2.0, "x", 3),
             ("x", 2.0, 3), (True, [], None), ([], 2, 3), (2, 3, None), (3, 4, 5), (2, -1, 7), (True, 2, False)]:
    try:
        print(pow(args[0], args[1], args[2]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
