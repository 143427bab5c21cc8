# A metaclass's data descriptors come before the class's own attributes (type.__getattribute__'s rule);
# its other attributes after them.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Meta(type):
    @property
    def kind(cls):
        return "meta-property of " + cls.__name__

    def helper(cls):
        return "meta-method of " + cls.__name__

    color = "meta-color"
    only_meta = "only on the metaclass"


class A(metaclass=Meta):
    kind = "class-attr"
    color = "class-color"


attempt(lambda: A.kind)
attempt(lambda: A.color)
attempt(lambda: A.helper())
attempt(lambda: A.only_meta)
attempt(lambda: A().kind)
attempt(lambda: A().color)
attempt(lambda: A.__dict__["kind"])
attempt(lambda: setattr(A, "kind", 5))
attempt(lambda: A.kind)


class Recorder:
    def __init__(self):
        self.log = []

    def __get__(self, obj, owner):
        return ("get", obj.__name__ if obj is not None else None, owner.__name__)

    def __set__(self, obj, value):
        self.log.append((obj.__name__, value))


class Meta2(type):
    x = Recorder()


class B(metaclass=Meta2):
    x = 5


attempt(lambda: B.x)
B.x = 7
print(Meta2.__dict__["x"].log, B.__dict__["x"], B().x)


class Sub(B):
    pass


attempt(lambda: Sub.x)
Sub.x = 8
print(Meta2.__dict__["x"].log)
