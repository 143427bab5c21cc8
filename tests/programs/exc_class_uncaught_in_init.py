# expect-exit: 1
# expect-stderr: TypeError: NeedsArgs.__init__() missing 1 required positional argument: 'code'
class NeedsArgs(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


try:
    raise NeedsArgs(5)
except NeedsArgs as e:
    print("caught", e.code)

raise NeedsArgs
