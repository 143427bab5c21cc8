"""Raising runtime errors: DESIGN.md 9.

A failing runtime operation stores the exception in `pending` and returns the
null Word (or another value its caller documents); whoever sees the null passes
it on. The exception machinery of issue 5 builds on these objects.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.tupleobj import Tuple


class ExceptionObject(Object, name="BaseException"):
    args: Word                 # a tuple


BASE_EXCEPTION = type_of(ExceptionObject)
EXCEPTION = static_type(ExceptionObject, "Exception", base=BASE_EXCEPTION)
ARITHMETIC_ERROR = static_type(ExceptionObject, "ArithmeticError", base=EXCEPTION)
ZERO_DIVISION_ERROR = static_type(ExceptionObject, "ZeroDivisionError", base=ARITHMETIC_ERROR)
OVERFLOW_ERROR = static_type(ExceptionObject, "OverflowError", base=ARITHMETIC_ERROR)
LOOKUP_ERROR = static_type(ExceptionObject, "LookupError", base=EXCEPTION)
INDEX_ERROR = static_type(ExceptionObject, "IndexError", base=LOOKUP_ERROR)
KEY_ERROR = static_type(ExceptionObject, "KeyError", base=LOOKUP_ERROR)
VALUE_ERROR = static_type(ExceptionObject, "ValueError", base=EXCEPTION)
TYPE_ERROR = static_type(ExceptionObject, "TypeError", base=EXCEPTION)
MEMORY_ERROR = static_type(ExceptionObject, "MemoryError", base=EXCEPTION)

# Raising MemoryError must not allocate: its instance is static.
MEMORY_ERROR_INSTANCE = static(ExceptionObject)

pending: Word = cast(Word, 0)


def init() -> None:
    MEMORY_ERROR_INSTANCE.type = MEMORY_ERROR
    MEMORY_ERROR_INSTANCE.args = cast(Word, EMPTY_ARGS)


EMPTY_ARGS = static(Tuple)


def raise_word(exc: Word) -> Word:
    """Make exc the pending exception; returns the null Word for the caller to pass on."""
    global pending
    pending = exc
    return cast(Word, 0)


def raise_memory_error() -> Word:
    return raise_word(cast(Word, MEMORY_ERROR_INSTANCE))


def raise_with_str(kind: Ptr[Type], message: Word) -> Word:
    """Raise kind(message) where message is a str Word (0 means no arguments)."""
    args = cast(Word, EMPTY_ARGS)
    if message:
        t = new(Tuple, 1)
        if not t:
            return raise_memory_error()
        t.items[0] = message
        args = cast(Word, t)
    e = cast(Ptr[ExceptionObject], new(ExceptionObject))
    if not e:
        return raise_memory_error()
    e.type = kind
    e.args = args
    return raise_word(cast(Word, e))


def raise_msg(kind: Ptr[Type], message: Ptr[u8]) -> Word:
    """Raise kind("message") with a static ASCII message, the common case."""
    s = str_from_cstr(message)
    if not s:
        return raise_memory_error()
    return raise_with_str(kind, s)


def clear() -> None:
    global pending
    pending = cast(Word, 0)


UNICODE_ERROR = static_type(ExceptionObject, "UnicodeError", base=VALUE_ERROR)
UNICODE_DECODE_ERROR = static_type(ExceptionObject, "UnicodeDecodeError", base=UNICODE_ERROR)
NAME_ERROR = static_type(ExceptionObject, "NameError", base=EXCEPTION)
UNBOUND_LOCAL_ERROR = static_type(ExceptionObject, "UnboundLocalError", base=NAME_ERROR)
RUNTIME_ERROR = static_type(ExceptionObject, "RuntimeError", base=EXCEPTION)
RECURSION_ERROR = static_type(ExceptionObject, "RecursionError", base=RUNTIME_ERROR)
