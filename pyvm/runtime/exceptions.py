"""The runtime of the exception statements: raise, matching an except clause, bare re-raise, and
the attributes and methods of exception objects. Raising itself (pending, chaining) is in errors.py.

Everything goes through an exception's type and its MRO, so user exception classes (classobj.py)
take part as the builtin ones: a class deriving from an exception type is laid out as
BaseException (ExceptionObject, whose first fields are those of a user class's instance), keeps
BaseException's slots, and is called through exception_class_call.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Type, NONE, TRUE, FALSE, BuiltinFunction, small, is_small, none_word, bool_word, add_method
from pyvm.runtime.errors import (ExceptionObject, raise_word, raise_msg, raise_text, raise_message, decimal_text,
                                 exception_new, exception_init_args, is_exception_type, BASE_EXCEPTION, NOT_SUPPORTED,
                                 raise_not_supported, TYPE_ERROR, SYSTEM_EXIT, STOP_ITERATION, OS_ERROR, NAME_ERROR,
                                 ATTRIBUTE_ERROR, UNICODE_ENCODE_ERROR, SYNTAX_ERROR)
from pyvm.runtime.tupleobj import Tuple, tuple_from_items
from pyvm.runtime.intobj import as_int
from pyvm.runtime.builtins import name_is, kw_count, raise_arg_count, ssize_arg
from pyvm.runtime.ops import (type_of_value, type_name, is_str, is_type_object, is_subtype, is_unicode_encode_error,
                              exception_repr, exception_str, tuple_from_iterable, syntax_error_field, TRACEBACK_TYPE,
                              TUPLE_TYPE)
from pyvm.runtime.classobj import (INIT_NAME, NEW_NAME, type_lookup, class_own, mro_size, mro_at, is_user_type, builtin_base,
                                   instance_getattr, instance_setattr, call_init)

EXCEPTION_INIT = static(BuiltinFunction, name="__init__", method=exception_init_method)
EXCEPTION_STR = static(BuiltinFunction, name="__str__", method=exception_str_method)
EXCEPTION_REPR = static(BuiltinFunction, name="__repr__", method=exception_repr_method)
WITH_TRACEBACK = static(BuiltinFunction, name="with_traceback", method=with_traceback)


def init() -> None:
    add_method(BASE_EXCEPTION, EXCEPTION_INIT)
    add_method(BASE_EXCEPTION, EXCEPTION_STR)
    add_method(BASE_EXCEPTION, EXCEPTION_REPR)
    add_method(BASE_EXCEPTION, WITH_TRACEBACK)


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
    if is_value_field(e, name):
        return or_none(e.value)
    if is_subtype(e.type, OS_ERROR):
        # OSError(errno, strerror) has them; with another number of arguments they are None
        if name_is(name, "errno") or name_is(name, "strerror"):
            if args.size != 2:
                return none_word()
            return args.items[0] if name_is(name, "errno") else args.items[1]
        if name_is(name, "filename"):
            return or_none(e.name)
        if name_is(name, "filename2"):
            return none_word()
    if is_subtype(e.type, SYNTAX_ERROR):
        k = syntax_error_field_index(name)
        if k >= 0:
            return or_none(syntax_error_field(e.args, k))
        if name_is(name, "print_file_and_line"):
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


def is_value_field(e: Ptr[ExceptionObject], name: Word) -> bool:
    """name is SystemExit.code or StopIteration.value (ExceptionObject.value)."""
    return ((name_is(name, "code") and is_subtype(e.type, SYSTEM_EXIT))
            or (name_is(name, "value") and is_subtype(e.type, STOP_ITERATION)))


def syntax_error_field_index(name: Word) -> i64:
    """SyntaxError's attribute name as ops.syntax_error_field numbers it, or -1."""
    if name_is(name, "msg"):
        return 0
    if name_is(name, "filename"):
        return 1
    if name_is(name, "lineno"):
        return 2
    if name_is(name, "offset"):
        return 3
    if name_is(name, "text"):
        return 4
    if name_is(name, "end_lineno"):
        return 5
    if name_is(name, "end_offset"):
        return 6
    return -1


def syntax_error_new(kind: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])), its details
    checked as CPython's SyntaxError_init checks them (str() and the attributes read them back)."""
    if n == 2 and kw_count(kwnames) == 0:
        if type_of_value(args[1]) != TUPLE_TYPE:
            return raise_not_supported(kind.name, "() with details that are not a tuple", "")
        size = cast(Ptr[Tuple], args[1]).size
        if size < 4:
            return raise_arg_count("function takes at least 4 arguments (", size, " given)")
        if size > 6:
            return raise_arg_count("function takes at most 6 arguments (", size, " given)")
        if size == 5:
            return raise_text(TYPE_ERROR, "end_offset must be provided when end_lineno is provided", "", "", "", "")
    return exception_new(kind, args, n, kwnames)


def unicode_encode_error_new(kind: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """UnicodeEncodeError(encoding, object, start, end, reason), its arguments checked as CPython
    checks them (str() and the attributes read them back)."""
    if kw_count(kwnames) > 0:
        return exception_new(kind, args, n, kwnames)         # which refuses them
    if not unicode_encode_error_args(args, n):
        return cast(Word, 0)
    return exception_new(kind, args, n, kwnames)


def unicode_encode_error_args(args: Ptr[Word], n: i64) -> bool:
    """UnicodeEncodeError.__init__'s checks of its five arguments."""
    if n != 5:
        raise_arg_count("function takes exactly 5 arguments (", n, " given)")
        return False
    for i in range(5):
        if (i == 0 or i == 1 or i == 4) and not is_str(args[i]):
            raise_text(TYPE_ERROR, "argument ", decimal_text(0, i + 1), " must be str, not ", type_name(args[i]), "")
            return False
    start: i64 = 0
    end: i64 = 0
    return ssize_arg(args[2], addr(start)) and ssize_arg(args[3], addr(end))


# -- user exception classes ----------------------------------------------------------------------

def exception_class_call(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """E(*args) for a user exception class: BaseException.__new__ (an instance whose args are the
    positional arguments, made by the builtin base's constructor), then __init__: the class's, or
    BaseException's, which takes no keywords."""
    if user_defines(t, NEW_NAME):
        return raise_not_supported("__new__ of an exception class", "", "")
    init = type_lookup(t, INIT_NAME)
    if init == cast(Word, EXCEPTION_INIT):
        # BaseException's __init__: the builtin base's constructor does __new__'s and __init__'s work
        if kw_count(kwnames) > 0:
            return raise_text(TYPE_ERROR, t.name, "() takes no keyword arguments", "", "", "")
        obj = builtin_base(t).call(t, args, n, kwnames)
        if obj:
            cast(Ptr[ExceptionObject], obj).map = t.root_map
        return obj
    # The class's __init__: __new__ sets args alone (none for an OSError, whose __new__ leaves them to
    # __init__ then), and code and value wait for BaseException.__init__.
    npos = n - kw_count(kwnames)
    if is_subtype(t, OS_ERROR):
        npos = 0
    obj = exception_new(t, args, npos, cast(Word, 0))
    if not obj:
        return obj
    cast(Ptr[ExceptionObject], obj).map = t.root_map
    cast(Ptr[ExceptionObject], obj).value = cast(Word, 0)
    return call_init(init, obj, args, n, kwnames)


def user_defines(t: Ptr[Type], name: Word) -> bool:
    """A user class of t's MRO, before the first builtin type, has the attribute name: it comes before
    BaseException's own (args, __cause__, ...)."""
    for i in range(mro_size(t)):
        c = mro_at(t, i)
        if not is_user_type(c):
            return False
        if class_own(c, name):
            return True
    return False


def exception_getattr(obj: Word, name: Word) -> Word:
    """The getattr slot of exceptions: BaseException's own attributes (data descriptors in CPython, so
    before the instance's __dict__) unless a user class defines the name, then those of any instance."""
    if not user_defines(type_of_value(obj), name):
        v = exception_get_attr(obj, name)
        if v:
            return v
    return instance_getattr(obj, name)


def exception_setattr(obj: Word, name: Word, value: Word) -> bool:
    """The setattr slot of exceptions (value 0: del): BaseException's own attributes, checked as CPython
    checks them, unless a user class defines the name; then the instance's __dict__."""
    if not user_defines(type_of_value(obj), name):
        done = set_exception_field(cast(Ptr[ExceptionObject], obj), name, value)
        if done >= 0:
            return done == 1
    return instance_setattr(obj, name, value)


def set_exception_field(e: Ptr[ExceptionObject], name: Word, value: Word) -> i64:
    """e.NAME = value for BaseException's own attributes: 1 when set, 0 after raising, -1 when NAME is
    not one of them."""
    if name_is(name, "args"):
        if not value:
            raise_msg(TYPE_ERROR, "args may not be deleted")
            return 0
        t = tuple_from_iterable(value)
        if not t:
            return 0
        e.args = t
        return 1
    if name_is(name, "__traceback__"):
        if not value:
            raise_msg(TYPE_ERROR, "__traceback__ may not be deleted")
            return 0
        return 1 if set_traceback(e, value) else 0
    if name_is(name, "__cause__") or name_is(name, "__context__"):
        cause = name_is(name, "__cause__")
        if not value:
            raise_text(TYPE_ERROR, "__cause__" if cause else "__context__", " may not be deleted", "", "", "")
            return 0
        if value != none_word() and not is_exception(value):
            raise_text(TYPE_ERROR, "exception ", "cause" if cause else "context",
                       " must be None or derive from BaseException", "", "")
            return 0
        if cause:
            e.cause = none_as_null(value)
            e.suppress_context = 1
        else:
            e.context = none_as_null(value)
        return 1
    if name_is(name, "__suppress_context__"):
        if not value:
            raise_msg(TYPE_ERROR, "can't delete numeric/char attribute")
            return 0
        if value != cast(Word, TRUE) and value != cast(Word, FALSE):
            raise_msg(TYPE_ERROR, "attribute value type must be bool")
            return 0
        e.suppress_context = 1 if value == cast(Word, TRUE) else 0
        return 1
    if is_subtype(e.type, NAME_ERROR) or is_subtype(e.type, ATTRIBUTE_ERROR):
        # NameError.name, AttributeError.name and .obj (deleted: None)
        if name_is(name, "name"):
            e.name = none_as_null(value)
            return 1
        if name_is(name, "obj") and is_subtype(e.type, ATTRIBUTE_ERROR):
            e.obj = none_as_null(value)
            return 1
    if is_value_field(e, name):
        e.value = none_as_null(value)             # deleted: None, as CPython's member
        return 1
    if exception_get_attr(cast(Word, e), name):
        # errno, SystemExit.code, StopIteration.value, ...: pyvm reads them from args
        raise_message(NOT_SUPPORTED, "setting or deleting the attribute ", "", "", name, " of ", e.type.name, "", "")
        return 0
    return -1


def set_traceback(e: Ptr[ExceptionObject], tb: Word) -> bool:
    """e.__traceback__ = tb: a traceback or None."""
    if tb != none_word() and type_of_value(tb) != TRACEBACK_TYPE:
        raise_msg(TYPE_ERROR, "__traceback__ must be a traceback or None")
        return False
    e.traceback = none_as_null(tb)
    return True


def none_as_null(w: Word) -> Word:
    if w == none_word():
        return cast(Word, 0)
    return w


# -- BaseException's methods ---------------------------------------------------------------------

def exception_self(obj: Word, name: Ptr[u8]) -> bool:
    """A method of BaseException taken from its class applies to exceptions only."""
    if is_exception(obj):
        return True
    raise_text(TYPE_ERROR, "descriptor '", name, "' requires a 'BaseException' object but received a '",
               type_name(obj), "'")
    return False


def exception_init_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """BaseException.__init__(self, *args): args becomes the tuple of them."""
    if not exception_self(obj, "__init__"):
        return cast(Word, 0)
    if kw_count(kwnames) > 0:
        return raise_text(TYPE_ERROR, type_name(obj), "() takes no keyword arguments", "", "", "")
    # the checks of OSError's and UnicodeEncodeError's own __init__, which pyvm's stands for
    kind = cast(Ptr[ExceptionObject], obj).type
    if is_subtype(kind, OS_ERROR) and n >= 3:
        return raise_not_supported(kind.name, ".__init__() with a file name", "")
    if is_subtype(kind, UNICODE_ENCODE_ERROR) and not unicode_encode_error_args(args, n):
        return cast(Word, 0)
    t = tuple_from_items(args, n)
    if not t:
        return t
    exception_init_args(cast(Ptr[ExceptionObject], obj), t)
    return none_word()


def no_method_arguments(n: i64, kwnames: Word) -> bool:
    if n != 0:
        raise_arg_count("expected 0 arguments, got ", n, "")
        return False
    return True


def exception_str_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not exception_self(obj, "__str__") or not no_method_arguments(n, kwnames):
        return cast(Word, 0)
    return exception_str(obj)


def exception_repr_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not exception_self(obj, "__repr__") or not no_method_arguments(n, kwnames):
        return cast(Word, 0)
    return exception_repr(obj)


def with_traceback(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """e.with_traceback(tb): e, its __traceback__ set."""
    if not is_exception(obj):
        return raise_text(TYPE_ERROR, "descriptor 'with_traceback' for 'BaseException' objects doesn't apply to a '",
                          type_name(obj), "' object", "", "")
    if kw_count(kwnames) > 0 or n != 1:
        return raise_arg_count("BaseException.with_traceback() takes exactly one argument (", n, " given)")
    if not set_traceback(cast(Ptr[ExceptionObject], obj), args[0]):
        return cast(Word, 0)
    return obj
