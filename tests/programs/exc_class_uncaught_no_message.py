# expect-exit: 1
# expect-stderr: EmptyMessage
class EmptyMessage(LookupError):
    def __str__(self):
        return ""


class Chained(Exception):
    pass


try:
    raise Chained
except Chained:
    raise EmptyMessage("ignored by __str__")
