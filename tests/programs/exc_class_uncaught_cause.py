# expect-exit: 1
# expect-stderr: ConfigError: bad key 'port': not a number
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(f"bad key {key!r}: {reason}")
        self.key = key


def parse(text):
    return int(text)


def load(settings):
    try:
        return parse(settings["port"])
    except ValueError as e:
        raise ConfigError("port", "not a number") from e


load({"port": "eighty"})
