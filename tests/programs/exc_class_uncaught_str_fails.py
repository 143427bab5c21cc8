# expect-exit: 1
# expect-stderr: Broken: <exception str() failed>
class Broken(Exception):
    def __str__(self):
        raise ValueError("no str for you")


print("start")
raise Broken("hidden")
