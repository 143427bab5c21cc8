"""The runtime of the exception statements: raise, matching an except clause, bare re-raise, and
the attributes of exception objects. Raising itself (pending, chaining) is in errors.py.

Everything goes through an exception's type and its base chain, so user-defined exception
classes will fit in once classes exist: they only need a Type whose base chain reaches
BaseException and a `call` that makes an ExceptionObject.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Type, NONE, TRUE, FALSE, small, is_small, none_word, bool_word
from pyvm.runtime.errors import (ExceptionObject, raise_word, raise_msg, raise_text, decimal_text, exception_new,
                                 is_exception_type,
                                 TYPE_ERROR, SYSTEM_EXIT, STOP_ITERATION, OS_ERROR, NAME_ERROR, ATTRIBUTE_ERROR)
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.intobj import as_int
from pyvm.runtime.builtins import name_is, kw_count, raise_arg_count, ssize_arg
from pyvm.runtime.ops import type_of_value, type_name, is_str, is_type_object, is_subtype, is_unicode_encode_error


def is_exception(w: Word) -> bool:
    """w is an exception instance."""
    if is_small(w) or not w:
        return False
    return is_exception_type(type_of_value(w))


def is_exception_class(w: Word) -> bool:
    return is_type_object(w) and is_exception_type(cast(Ptr[Type], w))


def instantiate(cls: Word) -> Word:
    """cls() for an exception class."""
    t = cast(Ptr[Type], cls)
    return t.call(t, null(Word), 0, cast(Word, 0))


def exception_value(w: Word, is_cause: bool) -> Word:
    """The exception that `raise w` (or `from w`) means: w itself, or an instance of the class w;
    TypeError for anything else."""
    if is_exception(w):
        return w
    if is_exception_class(w):
        return instantiate(w)
    if is_cause:
        return raise_msg(TYPE_ERROR, "exception causes must derive from BaseException")
    return raise_msg(TYPE_ERROR, "exceptions must derive from BaseException")


def do_raise(exc: Word, cause: Word, has_cause: i64) -> Word:
    """raise exc [from cause]: returns the null Word with an exception pending."""
    value = exception_value(exc, False)
    if not value:
        return value
    if has_cause:
        c = cast(Word, 0)
        if cause != none_word():
            c = exception_value(cause, True)
            if not c:
                return c
        e = cast(Ptr[ExceptionObject], value)
        e.cause = c
        e.suppress_context = 1
    return raise_word(value)


def valid_except_type(cls: Word) -> bool:
    """An except clause names an exception class or a tuple of them; TypeError otherwise."""
    if is_exception_class(cls):
        return True
    if type_of_value(cls) == type_of(Tuple):
        t = cast(Ptr[Tuple], cls)
        for i in range(t.size):
            if not is_exception_class(t.items[i]):
                raise_msg(TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed")
                return False
        return True
    raise_msg(TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed")
    return False


def exception_matches(exc: Word, cls: Word) -> i64:
    """except cls: 1 when exc is an instance of cls (or of a class in the tuple cls), 0 when not,
    -1 after raising."""
    if not valid_except_type(cls):
        return -1
    t = type_of_value(exc)
    if is_type_object(cls):
        return 1 if is_subtype(t, cast(Ptr[Type], cls)) else 0
    items = cast(Ptr[Tuple], cls)
    for i in range(items.size):
        if is_subtype(t, cast(Ptr[Type], items.items[i])):
            return 1
    return 0


def or_none(w: Word) -> Word:
    if not w:
        return none_word()
    return w


def exception_get_attr(exc: Word, name: Word) -> Word:
    """exc.NAME, or the null Word with nothing raised when there is no such attribute."""
    e = cast(Ptr[ExceptionObject], exc)
    if name_is(name, "args"):
        return e.args
    if name_is(name, "__traceback__"):
        return or_none(e.traceback)
    if name_is(name, "__context__"):
        return or_none(e.context)
    if name_is(name, "__cause__"):
        return or_none(e.cause)
    if name_is(name, "__suppress_context__"):
        return bool_word(e.suppress_context != 0)
    if is_subtype(e.type, NAME_ERROR) or is_subtype(e.type, ATTRIBUTE_ERROR):
        if name_is(name, "name"):
            return or_none(e.name)
        if name_is(name, "obj") and is_subtype(e.type, ATTRIBUTE_ERROR):
            return or_none(e.obj)
    args = cast(Ptr[Tuple], e.args)
    if (name_is(name, "code") and is_subtype(e.type, SYSTEM_EXIT)) or (name_is(name, "value") and is_subtype(e.type, STOP_ITERATION)):
        # SystemExit.code and StopIteration.value: the argument, None without one, the tuple with several
        if args.size == 0:
            return none_word()
        if args.size == 1 or is_subtype(e.type, STOP_ITERATION):
            return args.items[0]
        return e.args
    if is_subtype(e.type, OS_ERROR):
        # OSError(errno, strerror) has them; with another number of arguments they are None
        if name_is(name, "errno") or name_is(name, "strerror"):
            if args.size != 2:
                return none_word()
            return args.items[0] if name_is(name, "errno") else args.items[1]
        if name_is(name, "filename") or name_is(name, "filename2"):
            return none_word()
    if is_unicode_encode_error(exc):
        # its five arguments
        if name_is(name, "encoding"):
            return args.items[0]
        if name_is(name, "object"):
            return args.items[1]
        if name_is(name, "start"):
            return as_int(args.items[2])           # an int, when a bool was given
        if name_is(name, "end"):
            return as_int(args.items[3])
        if name_is(name, "reason"):
            return args.items[4]
    return cast(Word, 0)


def unicode_encode_error_new(kind: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """UnicodeEncodeError(encoding, object, start, end, reason), its arguments checked as CPython
    checks them (str() and the attributes read them back)."""
    if kw_count(kwnames) > 0:
        return exception_new(kind, args, n, kwnames)         # which refuses them
    if n != 5:
        return raise_arg_count("function takes exactly 5 arguments (", n, " given)")
    for i in range(5):
        if (i == 0 or i == 1 or i == 4) and not is_str(args[i]):
            return raise_text(TYPE_ERROR, "argument ", decimal_text(0, i + 1), " must be str, not ",
                              type_name(args[i]), "")
    start: i64 = 0
    end: i64 = 0
    if not ssize_arg(args[2], addr(start)) or not ssize_arg(args[3], addr(end)):
        return cast(Word, 0)
    return exception_new(kind, args, n, kwnames)
