# uncaught `raise 5`
# expect-exit: 1
# expect-stderr: TypeError: exceptions must derive from BaseException
def fail(code):
    print("failing with", code)
    raise code
fail(5)
