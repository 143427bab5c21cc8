"""What a script's namespace holds before its first line: __name__, __doc__ (this docstring),
__file__ (the path it was run by), __cached__, __builtins__ (the builtins module)."""
import builtins
print(__name__)
print(__doc__)
print(__file__[-23:], __file__[0])
print(__cached__)
print(__builtins__)
print(__builtins__ is builtins, type(__builtins__))
print(__package__, __spec__, __annotations__)


def in_function():
    return __name__, __doc__ is not None, __builtins__


print(in_function())
if __name__ == "__main__":
    print("run as the main program")
__name__ = "renamed"
print(in_function()[0])
try:
    __builtins__.no_such_name
except AttributeError as e:
    print(e)
