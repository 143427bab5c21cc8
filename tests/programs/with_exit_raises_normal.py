# expect-exit: 1
# expect-stderr: AttributeError: closing twice
# __exit__ raising after a body that ended normally: its traceback has the with statement's line
class Closer:
    closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.closed:
            raise AttributeError("closing twice")
        self.closed = True


c = Closer()
with c:
    print("first")


def use(
        closer):
    with closer as \
            same:
        print("second", same is closer)


use(c)
