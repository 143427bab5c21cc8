# A SystemExit subclass whose __init__ does not call SystemExit's: its code is None, the exit status 0.
class Quit(SystemExit):
    def __init__(self, status):
        self.status = status


print("quitting with", Quit(7).status)
raise Quit(7)
