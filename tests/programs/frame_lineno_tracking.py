# f_lineno of a caller frame tracks which call is running; a finished frame keeps its last line
import sys
def line_of_caller():
    return sys._getframe(1).f_lineno
def many():
    lines = []
    lines.append(line_of_caller())
    for i in range(2):
        lines.append(line_of_caller())
    if True:
        lines.append(
            line_of_caller()
        )
    return lines
print(many())
saved = []
def keep():
    saved.append(sys._getframe())
    x = 1
    x = x + 1
    return x
keep()
print(saved[0].f_lineno, saved[0].f_lineno - saved[0].f_code.co_firstlineno)
def stop_in_loop():
    for i in range(10):
        if i == 3:
            return sys._getframe()
f = stop_in_loop()
print(f.f_lineno, f.f_locals)
