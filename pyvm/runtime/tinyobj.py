"""Run-time support of the tiny language (pyvm/tiny): its values and the instructions the JIT calls.

A tiny value is an int (small or big, as Python's), a function -- a pyvm
`Function` made by MAKE_FUNCTION from a tiny function's code -- or the
composition of two function values, a `Compose`: ADD of f and g gives
x -> f(g(x)). The messages of the errors are the reference interpreter's
(pyvm/tiny/interpreter.py); printing is the reference's too: an int's decimal
text, `<function NAME>`, and a composition's names joined by ∘, outermost
first (`<function f∘g∘h>`).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, has_type, is_small, none_word
from pyvm.runtime.errors import raise_msg, TYPE_ERROR
from pyvm.runtime.intobj import BigInt, int_add, int_to_decimal
from pyvm.runtime.function import Function, call_object
from pyvm.runtime.strobj import Str
from pyvm.runtime.writer import writer_write_str, writer_write_cstr


class Compose(Object, name="tiny_compose"):
    outer: Word               # applied second
    inner: Word               # applied first


@inline
def is_int(v: Word) -> bool:
    return is_small(v) or has_type(v, type_of(BigInt))


@inline
def is_compose(v: Word) -> bool:
    return has_type(v, type_of(Compose))


@inline
def is_function(v: Word) -> bool:
    return has_type(v, type_of(Function)) or has_type(v, type_of(Compose))


def tiny_add(a: Word, b: Word) -> Word:
    """ADD: the sum of two ints, the composition a∘b of two functions; TypeError otherwise."""
    if is_int(a) and is_int(b):
        return int_add(a, b)
    if is_function(a) and is_function(b):
        c = new(Compose)
        if not c:
            return cast(Word, 0)
        c.outer = a
        c.inner = b
        return cast(Word, c)
    if is_int(a):
        return raise_msg(TYPE_ERROR, "cannot ADD an int and a function")
    return raise_msg(TYPE_ERROR, "cannot ADD a function and an int")


def tiny_call(f: Word, x: Word) -> Word:
    """CALL: f(x) for a function or a composition; TypeError for an int."""
    while is_compose(f):
        x = tiny_call(cast(Ptr[Compose], f).inner, x)
        if not x:
            return x
        f = cast(Ptr[Compose], f).outer
    if has_type(f, type_of(Function)):
        # x lives in this function's root record: the arguments call_object wants in a root area.
        return call_object(f, addr(x), 1, cast(Word, 0))
    return raise_msg(TYPE_ERROR, "cannot CALL an int")


def write_names(v: Word) -> None:
    """The names of a function value, outermost first, joined by ∘."""
    while is_compose(v):
        write_names(cast(Ptr[Compose], v).outer)
        writer_write_cstr(1, "∘")
        v = cast(Ptr[Compose], v).inner
    if has_type(v, type_of(Function)):
        writer_write_cstr(1, cast(Ptr[Function], v).code.name)


def tiny_print(v: Word) -> Word:
    """PRINT: an int's decimal text or `<function NAME>`, and a newline, to stdout. A str
    (the lowering's "Result: ") is written as it is, without a newline. Returns None."""
    if is_int(v):
        s = int_to_decimal(v)
        if not s:
            return s
        writer_write_str(1, s)
        writer_write_cstr(1, "\n")
    elif is_function(v):
        writer_write_cstr(1, "<function ")
        write_names(v)
        writer_write_cstr(1, ">\n")
    elif has_type(v, type_of(Str)):
        writer_write_str(1, v)
    else:
        writer_write_cstr(1, "<not a tiny value>\n")
    return none_word()
