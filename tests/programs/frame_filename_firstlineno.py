# co_filename ends with the program's file name; co_firstlineno is the def line
import sys
def ends_with(s, suffix):
    return len(s) >= len(suffix) and s[len(s) - len(suffix):] == suffix
def first():
    return sys._getframe().f_code
def second(x):

    y = x
    return sys._getframe()
c = first()
print(c.co_name, c.co_firstlineno)
print(ends_with(c.co_filename, "frame_filename_firstlineno.py"))
f = second(1)
print(f.f_code.co_name, f.f_code.co_firstlineno, f.f_lineno - f.f_code.co_firstlineno)
m = sys._getframe()
print(m.f_code.co_name, m.f_code.co_firstlineno)
print(ends_with(m.f_code.co_filename, "frame_filename_firstlineno.py"))
print(m.f_code.co_filename == c.co_filename)
print(ends_with(m.f_code.co_filename, "other.py"))
