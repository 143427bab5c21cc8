# expect-exit: 1
# expect-stderr: make.<locals>.Local: local failure
def make():
    class Local(RuntimeError):
        pass

    return Local


def fail():
    raise make()("local failure")


fail()
