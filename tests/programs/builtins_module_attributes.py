# the builtins module's attributes are the builtins (bytecode/builtin_table.py): functions, types, exceptions
import builtins
print(builtins.len("abc"), builtins.int("7") + 1, builtins.ValueError, builtins.print is print, builtins.dict)
print(__builtins__.max(3, 9), __builtins__.range(3), builtins.isinstance(True, builtins.int))
print(builtins.BaseException is BaseException, builtins.type(builtins.abs), builtins.str is str)
try:
    builtins.nope
except AttributeError as e:
    print(e)
try:
    raise builtins.KeyError("k")
except KeyError as e:
    print(repr(e))
