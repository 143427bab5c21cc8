# expect-exit: 1
# expect-stderr: FileNotFoundError: [Errno 2] No such file or directory
# The rest of CPython's builtin exception classes: the warnings, the OSError subclasses (which
# OSError(errno, text) picks by errno), EOFError and friends, and the aliases IOError and
# EnvironmentError; their hierarchy, str and repr, subclassed by a user class.
names = ["EOFError", "FloatingPointError", "ReferenceError", "SystemError", "BufferError",
         "StopAsyncIteration", "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
         "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
         "ResourceWarning", "EncodingWarning", "BlockingIOError", "ChildProcessError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
         "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
         "TimeoutError"]
classes = [EOFError, FloatingPointError, ReferenceError, SystemError, BufferError, StopAsyncIteration, Warning,
           UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
           FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
           BlockingIOError, ChildProcessError, ConnectionAbortedError, ConnectionRefusedError,
           ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
           NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]
for name, cls in zip(names, classes):
    try:
        raise cls("it failed")
    except Exception as e:
        print(name, cls.__name__ == name, [c.__name__ for c in type(e).__mro__], str(e), repr(e))
print(IOError is OSError, EnvironmentError is OSError, issubclass(UserWarning, Warning),
      issubclass(ConnectionResetError, ConnectionError), issubclass(TimeoutError, OSError))
for errno in (1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 5, 999):
    e = OSError(errno, "text")
    print(errno, type(e).__name__, e.args, str(e))


class MissingConfig(FileNotFoundError):
    pass


try:
    raise MissingConfig(2, "No such file or directory")
except OSError as e:
    print(type(e).__name__, isinstance(e, FileNotFoundError), e.args, str(e))
raise FileNotFoundError(2, "No such file or directory")
