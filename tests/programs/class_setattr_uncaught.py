# expect-exit: 1
# expect-stderr: TypeError: expected str for field 'name', got int
class Record:
    def __init__(self, name):
        self.name = name

    def __setattr__(self, field, value):
        if not isinstance(value, str):
            raise TypeError(f"expected str for field {field!r}, got {type(value).__name__}")
        super().__setattr__(field, value)


r = Record("a")
print(r.name)
Record(3)
