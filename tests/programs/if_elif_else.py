# if / elif / else chains, nested ifs, truthiness of conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        if n % 2 == 0:
            return "medium even"
        else:
            return "medium odd"
    else:
        return "large"

for n in [-5, 0, 3, 10, 11, 99, 100, 2 ** 64, -(2 ** 64)]:
    print(n, classify(n))

def fizz(n):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)

for i in range(1, 31):
    fizz(i)
x = []
if x:
    print("nonempty")
elif not x:
    print("empty")
if 0.0:
    print("no")
if "":
    print("no")
else:
    print("empty string is false")
