"""A lowpy program run by `pyvm lowpy examples/lowpy/hello.py`: it builds runtime objects and prints them."""
from pyvm.lowpy.lang import *
from pyvm.runtime.strobj import str_from_cstr, str_concat
from pyvm.runtime.listobj import list_new, list_append, list_len
from pyvm.runtime.object import small
from pyvm.runtime.writer import writer_write_str, writer_write_cstr


def main() -> i64:
    greeting = str_concat(str_from_cstr("Hello from "), str_from_cstr("pyvm's native runtime"))
    writer_write_str(1, greeting)
    writer_write_cstr(1, "\n")
    numbers = list_new(0)
    for i in range(100000):
        list_append(numbers, small(i))
    if list_len(numbers) == 100000:
        writer_write_cstr(1, "a list of 100000 ints survived the collector\n")
    return 0
