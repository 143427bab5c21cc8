# conditional and repeated def, functions passed, returned and rebound
import sys
if len(sys.argv) > 5:
    def pick():
        return "many"
else:
    def pick():
        return "few"
print(pick())

def version():
    return 1
first = version
def version():
    return 2
print(first(), version(), first is version)

def apply(f, x):
    return f(x)
def twice(f):
    return lambda x: f(f(x))
print(apply(twice(lambda v: v + 3), 1))
table = [abs, len, apply]
print(table[0](-3), table[1]("four"), table[2](repr, 5))
for i in range(3):
    def counter_at(k=i):
        return k
    print(counter_at())
