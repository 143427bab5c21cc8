# an uncaught KeyboardInterrupt: the traceback, then the process ends by SIGINT
# expect-exit: -2
# expect-stderr: KeyboardInterrupt
def f():
    raise KeyboardInterrupt
f()
