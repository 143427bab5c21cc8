# builtins given keywords they do not take
import sys
calls = [lambda: print(1, flsh=True), lambda: print(end=1), lambda: int("1", bse=2), lambda: int(x="1"),
         lambda: min([1], kye=abs), lambda: max(1, 2, default=0), lambda: round(1.5, digits=1),
         lambda: len(obj=[]), lambda: abs(x=-1), lambda: [].sort(keys=None), lambda: sys.stdout.write(s="x"),
         lambda: sys.stdout.flush(now=True), lambda: sum([], begin=0), lambda: pow(2, 3, modulo=5),
         lambda: round(2.5, number=1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
