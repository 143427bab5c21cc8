# expect-exit: 1
# expect-stderr: KeyError: 'missing'
# An uncaught KeyError from a dict subclass without __missing__, after a good lookup.
class Config(dict):
    def get_path(self, key):
        return self[key]


c = Config(path="/tmp")
print(c.get_path("path"))
print(c.get_path("missing"))
