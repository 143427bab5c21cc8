# methods: bound methods, __init__, __new__, argument errors, super()
class Animal:
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self, times=1):
        return ((self.sound + " ") * times)[:-1]

    def describe(self):
        return "%s says %s" % (self.name, self.speak())


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")

    def speak(self, times=2):
        return super().speak(times) + "?"


class Puppy(Dog):
    def speak(self, times=1):
        return super(Dog, self).speak(times) + "!"


d = Dog("rex")
print(d.describe(), Puppy("bit").describe(), d.speak(times=3))
m = d.speak
print(m(), m.__self__ is d, m.__func__ is Dog.speak, Dog.speak(d, 1))
print(repr(m)[:48])
f = Animal.describe
print(f(d))


class Tracked:
    made = []

    def __new__(cls, *args):
        obj = None
        Tracked.made.append(args)
        return obj


print(Tracked(1, 2), Tracked.made)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
try:
    Animal("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)
try:
    d.speak(1, 2)
except TypeError as e:
    print("TypeError:", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, d)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Dog, 1)
except TypeError as e:
    print("TypeError:", e)


def plain():
    return super()


try:
    plain()
except RuntimeError as e:
    print("RuntimeError:", e)


class Chain:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self


print(Chain().add(1).add(2).add(3).n)
