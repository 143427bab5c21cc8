# sys._getframe(): code name and current line, in functions and at module level
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name + " line " + str(f.f_lineno)
def caller_line():
    return sys._getframe(1).f_lineno
def outer():
    a = where()
    b = caller_line()
    c = caller_line()
    return (a, b, c)
print(where())
print(outer())
m = sys._getframe()
print(m.f_code.co_name, m.f_lineno)
print(sys._getframe().f_lineno, caller_line())
print(sys._getframe(0) is sys._getframe())
