class LowpyError(Exception):
    """A located compile-time error: `lowpy: FILE:LINE: message`."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"lowpy: {path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message
