# sys.exit(None) from inside a function called in an endless loop: status 0
import sys
def check(x):
    if x > 100:
        sys.exit(None)
    return x * 2
v = 1
while True:
    v = check(v)
    print(v)
