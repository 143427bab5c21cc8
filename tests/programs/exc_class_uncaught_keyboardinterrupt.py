# expect-exit: 1
# expect-stderr: Stop: user pressed stop
# CPython ends by SIGINT for a KeyboardInterrupt itself only, not a subclass
class Stop(KeyboardInterrupt):
    def __str__(self):
        return "user pressed stop"


print("working")
raise Stop()
