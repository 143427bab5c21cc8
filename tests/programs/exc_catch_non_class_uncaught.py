# uncaught TypeError from `except 42:`, with the original error as context
# expect-exit: 1
# expect-stderr: TypeError: catching classes that do not inherit from BaseException is not allowed
def handler_value():
    return 42
try:
    print("about to fail")
    x = [1, 2][2]
except handler_value():
    print("never")
