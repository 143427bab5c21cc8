# The carets under a binary operator whose left operand is parenthesized: CPython's C printer skips
# the `)` and marks both characters of `>>`, `//`, `**` (Python 3.11's traceback.py marks one, or
# two for `)*`). Each case fails while handling the last one's error, so all are printed.
# expect-exit: 1
# expect-stderr: TypeError: unsupported operand type(s) for %: 'float' and 'str'


def shift(x):
    y = (x) >> 13


def floordiv(x):
    y = (x)//"a"


def power(x):
    y = ( x )  **  "a"


def nested(x):
    y = (x / 1) >> 13


def outer(x):
    y = (x)*"a"*1.5


def inner(x):
    y = (x)*"a"*1.5


def unicode(x):
    y = ("ü", x)[1]  >>  ((13))


def after_unicode(x):
    y = len("ü€")+(x)**("é")


def unicode_left(x):
    y = ("ü" + x)  *"a"


def double(x):
    y = ((x) ) %"a"


def run(cases):
    function, argument = cases[0]
    try:
        function(argument)
    except TypeError:
        if cases[1:]:
            run(cases[1:])
        else:
            raise


run([(shift, 1.5), (floordiv, 1.5), (power, 1.5), (nested, 1.5), (outer, 2), (inner, 1.5),
     (unicode, 1.5), (after_unicode, 1.5), (unicode_left, "é"), (double, 1.5)])
