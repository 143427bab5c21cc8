# OSError(errno, strerror): the subclass CPython picks for EPIPE, str(), errno and strerror
for e in [OSError(), OSError("message"), OSError(32, "Broken pipe"),
          OSError(108, "Cannot send after transport endpoint shutdown"), OSError(5, "Input/output error"),
          OSError(9999, "no such errno"), OSError("x", "y")]:
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = BrokenPipeError(2, "not mapped again")
print(type(e).__name__, str(e), e.errno)
e = ConnectionError(32, "stays a ConnectionError")
print(type(e).__name__, str(e), e.errno)
try:
    print("x", end="")
    raise OSError(32, "Broken pipe")
except BrokenPipeError as caught:
    print(" caught", repr(caught), caught.errno)
