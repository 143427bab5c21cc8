# pow() and round() take their parameters by name too, and check them as CPython's argument parser
print(pow(2, exp=10), pow(base=3, exp=4), pow(2, 10, mod=1000), pow(base=7, exp=2, mod=None))
print(pow(2.0, exp=-1), round(number=2.675, ndigits=2), round(7.5, ndigits=None), round(number=-3))
for case in range(10):
    try:
        if case == 0:
            pow(2, base=3)
        elif case == 1:
            pow(2, 3, base=1)
        elif case == 2:
            pow(exp=3)
        elif case == 3:
            pow(2, 3, x=1)
        elif case == 4:
            pow(2, 3, 4, mod=1)
        elif case == 5:
            pow(2, exp=3, mod=2.0)
        elif case == 6:
            round(5, number=3)
        elif case == 7:
            round(ndigits=2)
        elif case == 8:
            round(5, digits=1)
        else:
            round(1, 2, ndigits=3)
    except TypeError as e:
        print(case, e)
