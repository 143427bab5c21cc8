"""The `sys` module: a static module object with argv, exit, the recursion limit,
maxsize, and stdout/stderr (file objects over the buffered writer).

The driver sets `argv` to a list of str before running a program; the JIT
reads `recursion_limit`.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import setattr_not_supported
from pyvm.runtime.errors import message
from pyvm.runtime.object import Object, Type, NONE, is_small, small_value, small, none_word
from pyvm.runtime.strobj import Str
from pyvm.runtime.tupleobj import Tuple, tuple_from_items
from pyvm.runtime.listobj import list_new
from pyvm.runtime.intobj import BigInt, int_to_i64, int_from_i64
from pyvm.runtime.errors import (raise_msg, raise_text, raise_with_str, raise_word, raise_memory_error,
                                 exception_of, decimal_text, EMPTY_TUPLE,
                                 TYPE_ERROR, VALUE_ERROR, OVERFLOW_ERROR, RECURSION_ERROR, SYSTEM_EXIT)
from pyvm.runtime.function import depth
from pyvm.runtime.writer import writer_flush, write_text, check_written
from pyvm.runtime.frameobj import SYS_GETFRAME, SYS_EXC_INFO
from pyvm.runtime.builtins import (BuiltinFunction, kw_count, no_keywords, raise_arg_count, index_arg,
                                   name_is, is_str, type_name, raise_bad_keyword)


class ModuleObject(Object, name="module"):
    name: Ptr[u8]


class FileObject(Object, name="_io.TextIOWrapper"):
    fd: i64                    # -1 for sys.stdout when the process started without fd 1: sys.stdout is None
    name: Ptr[u8]              # '<stdout>'


SYS = static(ModuleObject, name="sys")
# The builtins module: `__builtins__` of a module, `import builtins`. Its attributes are the builtins of
# opcodes.BUILTINS, found by builtin_lookup (load_builtin of the generated runtime.builtin_table).
BUILTINS = static(ModuleObject, name="builtins")
builtin_lookup: Fn[[Word], Word]
STDOUT = static(FileObject, fd=1, name="<stdout>")
STDERR = static(FileObject, fd=2, name="<stderr>")

SYS_EXIT = static(BuiltinFunction, name="exit", call=sys_exit)
SYS_GETRECURSIONLIMIT = static(BuiltinFunction, name="getrecursionlimit", call=sys_getrecursionlimit)
SYS_SETRECURSIONLIMIT = static(BuiltinFunction, name="setrecursionlimit", call=sys_setrecursionlimit)
SYS_GET_INT_MAX_STR_DIGITS = static(BuiltinFunction, name="get_int_max_str_digits", call=sys_get_int_max_str_digits)
SYS_SET_INT_MAX_STR_DIGITS = static(BuiltinFunction, name="set_int_max_str_digits", call=sys_set_int_max_str_digits)

argv: Word = cast(Word, 0)       # a list of str, set by the driver
recursion_limit: i64 = 1000
# CPython's limit on decimal int <-> str conversions (sys.set_int_max_str_digits); 0: none.
int_max_str_digits: i64 = 4300
INT_MAX_STR_DIGITS_THRESHOLD = 640

MAXSIZE = 0x7FFFFFFFFFFFFFFF


def sys_exit(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sys.exit([code]): raise SystemExit(code), or SystemExit() without an argument."""
    if not no_keywords(kwnames, "exit()"):
        return cast(Word, 0)
    if n > 1:
        return raise_text(TYPE_ERROR, "exit expected at most 1 argument, got ", decimal_text(0, n), "", "", "")
    exit_args = cast(Word, EMPTY_TUPLE)
    if n == 1:
        exit_args = tuple_from_items(args, 1)
        if not exit_args:
            return exit_args
    e = exception_of(SYSTEM_EXIT, exit_args)
    if not e:
        return e
    return raise_word(e)


def sys_getrecursionlimit(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "sys.getrecursionlimit()"):
        return cast(Word, 0)
    if n != 0:
        return raise_text(TYPE_ERROR, "sys.getrecursionlimit() takes no arguments (", decimal_text(0, n),
                          " given)", "", "")
    return small(recursion_limit)


def sys_setrecursionlimit(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    global recursion_limit
    if not no_keywords(kwnames, "sys.setrecursionlimit()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count("sys.setrecursionlimit() takes exactly one argument (", n, " given)")
    v: i64 = 0
    status = index_arg(args[0], addr(v))
    if status < 0:
        return cast(Word, 0)
    if status == 0 or v > 0x7FFFFFFF or v < -0x80000000:
        return raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C int")
    if v < 1:
        return raise_msg(VALUE_ERROR, "recursion limit must be greater or equal than 1")
    # As CPython 3.11 counts it: the Python frames running, and this builtin's call.
    if depth + 1 >= v:
        return raise_text(RECURSION_ERROR, "cannot set the recursion limit to ", decimal_text(0, v),
                          " at the recursion depth ", decimal_text(1, depth + 1), ": the limit is too low")
    recursion_limit = v
    return none_word()


def sys_get_int_max_str_digits(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "sys.get_int_max_str_digits()"):
        return cast(Word, 0)
    if n != 0:
        return raise_text(TYPE_ERROR, "sys.get_int_max_str_digits() takes no arguments (", decimal_text(0, n),
                          " given)", "", "")
    return small(int_max_str_digits)


def sys_set_int_max_str_digits(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sys.set_int_max_str_digits(maxdigits)."""
    global int_max_str_digits
    nkw = kw_count(kwnames)
    for k in range(nkw):
        if not name_is(cast(Ptr[Tuple], kwnames).items[k], "maxdigits"):
            return raise_bad_keyword(cast(Ptr[Tuple], kwnames).items[k], "set_int_max_str_digits()")
    if n == 0:
        return raise_text(TYPE_ERROR, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
                          "", "", "", "")
    if n > 1:
        return raise_arg_count("set_int_max_str_digits() takes at most 1 argument (", n, " given)")
    v: i64 = 0
    status = index_arg(args[0], addr(v))
    if status < 0:
        return cast(Word, 0)
    if status == 0 or v > 0x7FFFFFFF or v < -0x80000000:
        return raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C int")
    if v != 0 and v < INT_MAX_STR_DIGITS_THRESHOLD:
        return raise_msg(VALUE_ERROR, "maxdigits must be 0 or larger than 640")
    int_max_str_digits = v
    return none_word()


def sys_argv() -> Word:
    """sys.argv: the driver's list, or an empty list when it set none."""
    global argv
    if not argv:
        l = list_new(0)
        if not l:
            return l
        argv = l
    return argv


def sys_get_attr(name: Word) -> Word:
    """sys.NAME, or the null Word with nothing raised when sys has no such attribute."""
    if name_is(name, "argv"):
        return sys_argv()
    if name_is(name, "exit"):
        return cast(Word, SYS_EXIT)
    if name_is(name, "getrecursionlimit"):
        return cast(Word, SYS_GETRECURSIONLIMIT)
    if name_is(name, "setrecursionlimit"):
        return cast(Word, SYS_SETRECURSIONLIMIT)
    if name_is(name, "stdout"):
        if STDOUT.fd < 0:
            return none_word()
        return cast(Word, STDOUT)
    if name_is(name, "stderr"):
        return cast(Word, STDERR)
    if name_is(name, "get_int_max_str_digits"):
        return cast(Word, SYS_GET_INT_MAX_STR_DIGITS)
    if name_is(name, "set_int_max_str_digits"):
        return cast(Word, SYS_SET_INT_MAX_STR_DIGITS)
    if name_is(name, "maxsize"):
        return int_from_i64(MAXSIZE)
    if name_is(name, "_getframe"):
        return cast(Word, SYS_GETFRAME)
    if name_is(name, "exc_info"):
        return cast(Word, SYS_EXC_INFO)
    return cast(Word, 0)


# -- file objects ------------------------------------------------------------------------

def sys_stdout_unconnected() -> None:
    """The process started with fd 1 closed: sys.stdout is None, as CPython makes it, and print()
    without a file writes nothing (a file the program opens may get fd 1 and must not receive it)."""
    STDOUT.fd = -1


def file_write(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f.write(s): the number of code points written."""
    if not no_keywords(kwnames, "TextIOWrapper.write()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count("TextIOWrapper.write() takes exactly one argument (", n, " given)")
    s = args[0]
    if not is_str(s):
        # Argument Clinic names None itself, other objects by their type
        return raise_text(TYPE_ERROR, "write() argument must be str, not ",
                          "None" if s == none_word() else type_name(s), "", "", "")
    if not write_text(i32(cast(Ptr[FileObject], self).fd), s):
        return cast(Word, 0)
    return int_from_i64(cast(Ptr[Str], s).length)


def file_flush(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "TextIOWrapper.flush()"):
        return cast(Word, 0)
    if n != 0:
        return raise_arg_count("TextIOWrapper.flush() takes no arguments (", n, " given)")
    if not check_written(writer_flush(i32(cast(Ptr[FileObject], self).fd))):
        return cast(Word, 0)
    return none_word()


def init() -> None:
    type_of(ModuleObject).repr = module_repr
    type_of(ModuleObject).getattr = module_get_attr
    type_of(ModuleObject).setattr = setattr_not_supported
    type_of(FileObject).repr = file_repr


def module_get_attr(m: Word, name: Word) -> Word:
    """The getattr slot of module: sys's attributes, the builtins."""
    if m == cast(Word, SYS):
        return sys_get_attr(name)
    if m == cast(Word, BUILTINS):
        return builtin_lookup(name)
    return cast(Word, 0)


def set_builtin_lookup(lookup: Fn[[Word], Word]) -> None:
    global builtin_lookup
    builtin_lookup = lookup


def module_repr(m: Word) -> Word:
    return message("<module '", cast(Ptr[ModuleObject], m).name, "' (built-in)>", cast(Word, 0), "", "", "", "")


def file_repr(f: Word) -> Word:
    return message("<_io.TextIOWrapper name='", cast(Ptr[FileObject], f).name, "' mode='w' encoding='utf-8'>",
                   cast(Word, 0), "", "", "", "")
