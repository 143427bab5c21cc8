# expect-exit: 3
class Shutdown(SystemExit):
    def __init__(self, status):
        super().__init__(status)
        self.status = status


print("shutting down")
raise Shutdown(3)
