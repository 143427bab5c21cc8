# Writing text UTF-8 cannot encode, and the OSError family that failed writes raise.
# expect-exit: 1
# expect-stderr: UnicodeEncodeError: 'utf-8' codec can't encode characters in position 1-2: surrogates not allowed
import sys

# stderr writes lone surrogates as escapes (errors='backslashreplace'), stdout refuses them
print("x\ud800y", "\udfff\udc00", file=sys.stderr)
sys.stderr.write("a\udc80\n")
try:
    print("ok", "a\ud800b")
except UnicodeEncodeError as e:
    print("caught:", e, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    sys.stdout.write("\ud800")
except ValueError as e:
    print("caught:", e)
print("é\udbff" == "é\udbff", len("é\udbff"))

for kind in (OSError, ConnectionError, BrokenPipeError):
    e = kind("message")
    print(repr(e), str(e), e.args, isinstance(e, OSError), isinstance(e, Exception))
try:
    raise BrokenPipeError
except ConnectionError as e:
    print("caught", repr(e))
print(isinstance(BrokenPipeError(), ConnectionError), isinstance(ConnectionError(), OSError),
      isinstance(OSError(), ConnectionError))
print("done", "é\ud800\udbffz")
