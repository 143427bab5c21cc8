# a name declared global may not be annotated in the same function
# expect-exit: 1
# expect-stderr: SyntaxError: annotated name 'level' can't be global
level = 0


def set_level():
    global level
    level: int = 3
