# with statements: __enter__'s result bound by `as`, __exit__(None, None, None) after the body, in order
log = []


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        log.append("exit " + self.name)
        print("exit args:", exc_type, exc, tb)


with Manager("a") as x:
    print("body", x)
with Manager("b"):
    print("no target")
m = Manager("c")
with m as y:
    print(y, m.name)
print(log)


class Self:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit got", len(args), "arguments")
        return "a true value, but nothing to swallow"


with Self() as s:
    print(type(s).__name__)


def in_function(n):
    total = 0
    with Manager("f") as name:
        total += n
        name = name + "!"
    return total, name


print(in_function(41))
print(log)
