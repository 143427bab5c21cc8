# object.__init__ and object.__new__ refuse extra arguments only where CPython's object_init and
# object_new do: by whether the class overrides __init__ and __new__.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__ if r is not None else None)
    except TypeError as e:
        print("TypeError:", e)


class Plain:
    pass


class OwnInit:
    def __init__(self, x):
        super().__init__(x)


class OwnNew:
    def __new__(cls, x):
        return super().__new__(cls)


class NewPassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)


class Both:
    def __init__(self, x):
        pass

    def __new__(cls, x):
        return super().__new__(cls, x)


class InitNoArgs:
    def __init__(self, x):
        super().__init__()


class Tup(tuple):
    pass


attempt(lambda: object.__init__(1, 2))
attempt(lambda: object.__init__(1))
attempt(lambda: object.__init__("s", x=1))
attempt(lambda: object.__init__(object(), 1))
attempt(lambda: object.__init__(Plain(), 1))
attempt(lambda: object.__init__([], 1))
attempt(lambda: object.__init__(ValueError(), 1))
attempt(lambda: object.__init__(Tup(), 1))
attempt(lambda: Plain(1))
attempt(lambda: OwnInit(1))
attempt(lambda: OwnNew(1))
attempt(lambda: object.__init__(OwnNew(1), 1))
attempt(lambda: NewPassesArgs(1))
attempt(lambda: Both(1))
attempt(lambda: InitNoArgs(1))
attempt(lambda: object.__new__(Plain, 1))
attempt(lambda: object.__new__(InitNoArgs, 1))
attempt(lambda: object.__new__(OwnNew, 1))
attempt(lambda: object.__new__(Plain))
