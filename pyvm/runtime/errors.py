"""Raising runtime errors: DESIGN.md 9.

A failing runtime operation stores the exception in `pending` and returns the
null Word (or another value its caller documents); whoever sees the null passes
it on. The exception machinery of issue 5 builds on these objects.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.exceptions import exception_getattr, exception_setattr
from pyvm.runtime.object import Object, Type, small, is_small, small_value, type_ready
from pyvm.runtime.ops import exception_repr, exception_str, is_subtype
from pyvm.runtime.strobj import Str, str_from_cstr
from pyvm.runtime.tupleobj import Tuple, tuple_from_items, EMPTY_TUPLE
from pyvm.gc.roots import add_range
from pyvm.runtime.exceptions import unicode_encode_error_new, syntax_error_new


class ExceptionObject(Object, name="BaseException"):
    # An exception has a __dict__, as a user class's instance: these three are classobj.Instance's
    # first fields, so that its attribute code serves exceptions too (size stays 0: no slots, the
    # attributes live in attrs). A builtin exception's map is 0 (dict mode).
    map: Word
    attrs: Word
    size: i64
    args: Word                 # a tuple
    traceback: Word            # __traceback__: a traceback object, 0 for None
    context: Word              # __context__: the exception being handled when this one was raised, 0 for None
    cause: Word                # __cause__ (raise ... from ...), 0 for None
    suppress_context: i64      # __suppress_context__: 1 after raise ... from ...
    name: Word                 # NameError.name, AttributeError.name: what was not found, 0 for None
    obj: Word                  # AttributeError.obj: the object that lacks it, 0 for None
    value: Word                # SystemExit.code, StopIteration.value: set by __init__ from args, 0 for None


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
# The exception being handled (sys.exc_info()): set on entering an except or finally block for an
# exception, restored on leaving it; new exceptions take it as their __context__.
handling: Word = cast(Word, 0)
MEMORY_ERROR_FIELDS = 4        # args, traceback, context, cause: consecutive Words of the static instance


def init() -> None:
    MEMORY_ERROR_INSTANCE.type = MEMORY_ERROR
    MEMORY_ERROR_INSTANCE.args = cast(Word, EMPTY_TUPLE)
    # The static instance's traceback and context point into the heap: they are roots.
    add_range(addr(MEMORY_ERROR_INSTANCE.args), MEMORY_ERROR_FIELDS)
    add_range(addr(MEMORY_ERROR_INSTANCE.attrs), 1)         # its __dict__, once it has attributes
    init_exception_types()


def raise_word(exc: Word) -> Word:
    """Make exc the pending exception, chained to the one being handled (its __context__);
    returns the null Word for the caller to pass on."""
    global pending
    set_context(exc, handling)
    pending = exc
    return cast(Word, 0)


def set_context(exc: Word, context: Word) -> None:
    """exc.__context__ = context, as CPython's implicit chaining does: nothing when they are the same
    exception, and a cycle through exc in context's chain is cut first."""
    if not context or context == exc:
        return
    o = cast(Ptr[ExceptionObject], context)
    while o.context:
        if o.context == exc:
            o.context = cast(Word, 0)
            break
        o = cast(Ptr[ExceptionObject], o.context)
    cast(Ptr[ExceptionObject], exc).context = context


def take_pending() -> Word:
    """The pending exception, which is pending no more (it enters a handler)."""
    global pending
    exc = pending
    pending = cast(Word, 0)
    return exc


def set_pending(exc: Word) -> None:
    global pending
    pending = exc


def set_handling(exc: Word) -> None:
    global handling
    handling = exc


def reraise_active() -> i64:
    """Bare `raise`: 1 with the exception being handled pending again (its traceback kept and no
    new entry), or 0 after raising RuntimeError when there is none."""
    global pending
    if handling:
        pending = handling
        return 1
    raise_msg(RUNTIME_ERROR, "No active exception to reraise")
    return 0


def raise_memory_error() -> Word:
    MEMORY_ERROR_INSTANCE.traceback = cast(Word, 0)      # a fresh raise of the one instance
    MEMORY_ERROR_INSTANCE.context = cast(Word, 0)
    return raise_word(cast(Word, MEMORY_ERROR_INSTANCE))


def raise_with_str(kind: Ptr[Type], message: Word) -> Word:
    """Raise kind(message) where message is a str Word (0 means no arguments)."""
    args = cast(Word, EMPTY_TUPLE)
    if message:
        t = new(Tuple, 1)
        if not t:
            return raise_memory_error()
        t.items[0] = message
        args = cast(Word, t)
    e = exception_of(kind, args)
    if not e:
        return raise_memory_error()
    return raise_word(e)


def exception_of(kind: Ptr[Type], args: Word) -> Word:
    """A new exception of type kind whose args are the tuple args, as kind(*args) makes it (__new__ and
    __init__); null after MemoryError."""
    e = cast(Ptr[ExceptionObject], new(ExceptionObject))
    if not e:
        return cast(Word, 0)
    e.type = kind
    exception_init_args(e, args)
    return cast(Word, e)


def exception_init_args(e: Ptr[ExceptionObject], args: Word) -> None:
    """BaseException.__init__'s work: e.args, and the code of a SystemExit (the argument, the tuple of
    several) or the value of a StopIteration (the first argument)."""
    e.args = args
    e.value = cast(Word, 0)
    n = cast(Ptr[Tuple], args).size
    if n > 0 and (is_subtype(e.type, SYSTEM_EXIT) or is_subtype(e.type, STOP_ITERATION)):
        e.value = cast(Ptr[Tuple], args).items[0]
        if n > 1 and is_subtype(e.type, SYSTEM_EXIT):
            e.value = args


def name_pending(kind: Ptr[Type], name: Word, obj: Word) -> Word:
    """Give the exception of type kind just raised the name (and object) that was not found, as
    CPython's interpreter does for the "Did you mean" of its printer; returns the null Word."""
    e = cast(Ptr[ExceptionObject], pending)
    if e.type == kind:                  # not the MemoryError raised instead
        e.name = name
        e.obj = obj
    return cast(Word, 0)


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
UNICODE_ENCODE_ERROR = static_type(ExceptionObject, "UnicodeEncodeError", base=UNICODE_ERROR)
OS_ERROR = static_type(ExceptionObject, "OSError", base=EXCEPTION)
CONNECTION_ERROR = static_type(ExceptionObject, "ConnectionError", base=OS_ERROR)
BROKEN_PIPE_ERROR = static_type(ExceptionObject, "BrokenPipeError", base=CONNECTION_ERROR)
NAME_ERROR = static_type(ExceptionObject, "NameError", base=EXCEPTION)
UNBOUND_LOCAL_ERROR = static_type(ExceptionObject, "UnboundLocalError", base=NAME_ERROR)
RUNTIME_ERROR = static_type(ExceptionObject, "RuntimeError", base=EXCEPTION)
RECURSION_ERROR = static_type(ExceptionObject, "RecursionError", base=RUNTIME_ERROR)
ATTRIBUTE_ERROR = static_type(ExceptionObject, "AttributeError", base=EXCEPTION)
NOT_IMPLEMENTED_ERROR = static_type(ExceptionObject, "NotImplementedError", base=RUNTIME_ERROR)
STOP_ITERATION = static_type(ExceptionObject, "StopIteration", base=EXCEPTION)
ASSERTION_ERROR = static_type(ExceptionObject, "AssertionError", base=EXCEPTION)
IMPORT_ERROR = static_type(ExceptionObject, "ImportError", base=EXCEPTION)
MODULE_NOT_FOUND_ERROR = static_type(ExceptionObject, "ModuleNotFoundError", base=IMPORT_ERROR)
SYSTEM_EXIT = static_type(ExceptionObject, "SystemExit", base=BASE_EXCEPTION)
KEYBOARD_INTERRUPT = static_type(ExceptionObject, "KeyboardInterrupt", base=BASE_EXCEPTION)
GENERATOR_EXIT = static_type(ExceptionObject, "GeneratorExit", base=BASE_EXCEPTION)
EOF_ERROR = static_type(ExceptionObject, "EOFError", base=EXCEPTION)
FLOATING_POINT_ERROR = static_type(ExceptionObject, "FloatingPointError", base=ARITHMETIC_ERROR)
REFERENCE_ERROR = static_type(ExceptionObject, "ReferenceError", base=EXCEPTION)
SYSTEM_ERROR = static_type(ExceptionObject, "SystemError", base=EXCEPTION)
BUFFER_ERROR = static_type(ExceptionObject, "BufferError", base=EXCEPTION)
STOP_ASYNC_ITERATION = static_type(ExceptionObject, "StopAsyncIteration", base=EXCEPTION)
SYNTAX_ERROR = static_type(ExceptionObject, "SyntaxError", base=EXCEPTION)
INDENTATION_ERROR = static_type(ExceptionObject, "IndentationError", base=SYNTAX_ERROR)
TAB_ERROR = static_type(ExceptionObject, "TabError", base=INDENTATION_ERROR)
WARNING = static_type(ExceptionObject, "Warning", base=EXCEPTION)
USER_WARNING = static_type(ExceptionObject, "UserWarning", base=WARNING)
DEPRECATION_WARNING = static_type(ExceptionObject, "DeprecationWarning", base=WARNING)
PENDING_DEPRECATION_WARNING = static_type(ExceptionObject, "PendingDeprecationWarning", base=WARNING)
SYNTAX_WARNING = static_type(ExceptionObject, "SyntaxWarning", base=WARNING)
RUNTIME_WARNING = static_type(ExceptionObject, "RuntimeWarning", base=WARNING)
FUTURE_WARNING = static_type(ExceptionObject, "FutureWarning", base=WARNING)
IMPORT_WARNING = static_type(ExceptionObject, "ImportWarning", base=WARNING)
UNICODE_WARNING = static_type(ExceptionObject, "UnicodeWarning", base=WARNING)
BYTES_WARNING = static_type(ExceptionObject, "BytesWarning", base=WARNING)
RESOURCE_WARNING = static_type(ExceptionObject, "ResourceWarning", base=WARNING)
ENCODING_WARNING = static_type(ExceptionObject, "EncodingWarning", base=WARNING)
BLOCKING_IO_ERROR = static_type(ExceptionObject, "BlockingIOError", base=OS_ERROR)
CHILD_PROCESS_ERROR = static_type(ExceptionObject, "ChildProcessError", base=OS_ERROR)
CONNECTION_ABORTED_ERROR = static_type(ExceptionObject, "ConnectionAbortedError", base=CONNECTION_ERROR)
CONNECTION_REFUSED_ERROR = static_type(ExceptionObject, "ConnectionRefusedError", base=CONNECTION_ERROR)
CONNECTION_RESET_ERROR = static_type(ExceptionObject, "ConnectionResetError", base=CONNECTION_ERROR)
FILE_EXISTS_ERROR = static_type(ExceptionObject, "FileExistsError", base=OS_ERROR)
FILE_NOT_FOUND_ERROR = static_type(ExceptionObject, "FileNotFoundError", base=OS_ERROR)
INTERRUPTED_ERROR = static_type(ExceptionObject, "InterruptedError", base=OS_ERROR)
IS_A_DIRECTORY_ERROR = static_type(ExceptionObject, "IsADirectoryError", base=OS_ERROR)
NOT_A_DIRECTORY_ERROR = static_type(ExceptionObject, "NotADirectoryError", base=OS_ERROR)
PERMISSION_ERROR = static_type(ExceptionObject, "PermissionError", base=OS_ERROR)
PROCESS_LOOKUP_ERROR = static_type(ExceptionObject, "ProcessLookupError", base=OS_ERROR)
TIMEOUT_ERROR = static_type(ExceptionObject, "TimeoutError", base=OS_ERROR)
# io.UnsupportedOperation, as the last line of a traceback names it (CPython's derives from ValueError too)
UNSUPPORTED_OPERATION = static_type(ExceptionObject, "io.UnsupportedOperation", base=OS_ERROR)
# What pyvm cannot run yet, met while running. No handler catches it: a program that caught it would
# go on with a wrong answer. The driver reports it with where it was raised, and exits with status 1.
# Programs cannot name it.
NOT_SUPPORTED = static_type(ExceptionObject, "NotSupported", base=BASE_EXCEPTION)


def raise_not_supported(a: Ptr[u8], b: Ptr[u8], c: Ptr[u8]) -> Word:
    """Stop the program with "pyvm: not supported yet: " + a + b + c and where it was."""
    return raise_text(NOT_SUPPORTED, a, b, c, "", "")


def pending_is_catchable() -> bool:
    """False when the pending exception may not enter an except or finally clause (NotSupported)."""
    return cast(Ptr[Object], pending).type != NOT_SUPPORTED


# -- messages with dynamic parts ----------------------------------------------------

class MessageScratch(Struct):
    numbers: Array[u8, 128]    # four 32-byte slots for decimal numbers


MESSAGE_SCRATCH = static(MessageScratch)
NUMBER_SLOT = 32


def decimal_text(slot: i64, v: i64) -> Ptr[u8]:
    """v in decimal as NUL-terminated text in static slot 0..3, for raise_message pieces.

    The text stays valid until the same slot is written again."""
    out = MESSAGE_SCRATCH.numbers + slot * NUMBER_SLOT
    m: u64 = u64(v)
    w: i64 = 0
    if v < 0:
        out[0] = 0x2D
        w = 1
        m = u64(0) - m
    digits: i64 = 1
    t = m
    while t >= 10:
        t = t // 10
        digits += 1
    for k in range(digits):
        out[w + digits - 1 - k] = u8(0x30 + m % 10)
        m = m // 10
    out[w + digits] = 0
    return out


@inline
def piece_bytes(text: Ptr[u8]) -> i64:
    n: i64 = 0
    while text[n] != 0:
        n += 1
    return n


def piece_chars(text: Ptr[u8]) -> i64:
    chars: i64 = 0
    n: i64 = 0
    while text[n] != 0:
        if (text[n] & 0xC0) != 0x80:
            chars += 1
        n += 1
    return chars


@inline
def put_piece(out: Ptr[u8], text: Ptr[u8]) -> i64:
    n: i64 = 0
    while text[n] != 0:
        out[n] = text[n]
        n += 1
    return n


def message(a: Ptr[u8], b: Ptr[u8], c: Ptr[u8], s: Word, d: Ptr[u8], e: Ptr[u8], f: Ptr[u8], g: Ptr[u8]) -> Word:
    """The str a + b + c + s + d + e + f + g: static UTF-8 pieces (literals, type names,
    decimal_text) around one str Word s (the null Word for none). Pass "" for unused pieces."""
    nbytes = (piece_bytes(a) + piece_bytes(b) + piece_bytes(c) + piece_bytes(d) + piece_bytes(e)
              + piece_bytes(f) + piece_bytes(g))
    chars = (piece_chars(a) + piece_chars(b) + piece_chars(c) + piece_chars(d) + piece_chars(e)
             + piece_chars(f) + piece_chars(g))
    if s:
        nbytes += cast(Ptr[Str], s).nbytes
        chars += cast(Ptr[Str], s).length
    r = new(Str, nbytes)
    if not r:
        return cast(Word, 0)
    out = r.data
    w = put_piece(out, a)
    w += put_piece(out + w, b)
    w += put_piece(out + w, c)
    if s:
        p = cast(Ptr[Str], s)          # s re-read after new: it may have moved
        for k in range(p.nbytes):
            out[w + k] = p.data[k]
        w += p.nbytes
    w += put_piece(out + w, d)
    w += put_piece(out + w, e)
    w += put_piece(out + w, f)
    w += put_piece(out + w, g)
    r.length = chars
    return cast(Word, r)


@extern
def strerror(errnum: i32) -> Ptr[u8]: ...


def raise_os_error(errnum: i32) -> Word:
    """Raise OSError(errnum, strerror(errnum)), as the subclass CPython picks for errnum
    (BrokenPipeError for EPIPE); str() shows it as [Errno 32] Broken pipe."""
    return raise_from_errno(os_error_kind(i64(errnum)), errnum)


def raise_from_errno(kind: Ptr[Type], errnum: i32) -> Word:
    """Raise kind(errnum, strerror(errnum)), as CPython's PyErr_SetFromErrno."""
    return raise_os_error_with_name(kind, errnum, cast(Word, 0))


def raise_os_error_with_name(kind: Ptr[Type], errnum: i32, filename: Word) -> Word:
    """Raise kind(errnum, strerror(errnum), filename) (filename 0: none), as CPython's
    PyErr_SetFromErrnoWithFilenameObject: [Errno 2] No such file or directory: 'x'."""
    text = str_from_cstr(strerror(errnum))
    if not text:
        return raise_memory_error()
    t = new(Tuple, 2)
    if not t:
        return raise_memory_error()
    t.items[0] = small(i64(errnum))
    t.items[1] = text
    e = exception_of(kind, cast(Word, t))
    if not e:
        return raise_memory_error()
    cast(Ptr[ExceptionObject], e).name = filename          # an OSError's file name (its args stay two)
    return raise_word(e)


def raise_message(kind: Ptr[Type], a: Ptr[u8], b: Ptr[u8], c: Ptr[u8], s: Word,
                  d: Ptr[u8], e: Ptr[u8], f: Ptr[u8], g: Ptr[u8]) -> Word:
    """Raise kind(message(a, b, c, s, d, e, f, g)); returns the null Word."""
    m = message(a, b, c, s, d, e, f, g)
    if not m:
        return raise_memory_error()
    return raise_with_str(kind, m)


def raise_text(kind: Ptr[Type], a: Ptr[u8], b: Ptr[u8], c: Ptr[u8], d: Ptr[u8], e: Ptr[u8]) -> Word:
    """Raise kind(a + b + c + d + e) from static pieces; returns the null Word.

    For example raise_text(TYPE_ERROR, "'", type_name, "' object is not iterable", "", "")."""
    return raise_message(kind, a, b, c, cast(Word, 0), d, e, "", "")


# -- exception objects made by calling an exception type ------------------------------------

def exception_new(kind: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """kind(*args): a new exception whose args are the positional arguments."""
    if kwnames:
        if cast(Ptr[Tuple], kwnames).size > 0:
            return raise_text(TYPE_ERROR, kind.name, "() takes no keyword arguments", "", "", "")
    t = tuple_from_items(args, n)
    if not t:
        return t
    return exception_of(kind, t)


def os_error_new(kind: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """OSError(message) or OSError(errno, strerror). Called on OSError itself with an errno, CPython
    makes the subclass of that errno (ENOENT: FileNotFoundError); a third argument is the file name
    (args stay the first two, as CPython's); pyvm lacks winerror and filename2."""
    if n >= 4:
        return raise_not_supported(kind.name, "() with winerror or a second file name", "")
    if n >= 2 and kind == OS_ERROR and is_small(args[0]):
        kind = os_error_kind(small_value(args[0]))
    if n == 3 and not kwnames:
        e = exception_new(kind, args, 2, kwnames)
        if e:
            cast(Ptr[ExceptionObject], e).name = args[2]
        return e
    return exception_new(kind, args, n, kwnames)


EPIPE = 32
ESHUTDOWN = 108


def os_error_kind(errnum: i64) -> Ptr[Type]:
    """The subclass of OSError CPython makes for errnum on Linux (Objects/exceptions.c's errnomap),
    else OSError."""
    if errnum == EPIPE or errnum == ESHUTDOWN:
        return BROKEN_PIPE_ERROR
    if errnum == 11 or errnum == 114 or errnum == 115:          # EAGAIN, EALREADY, EINPROGRESS
        return BLOCKING_IO_ERROR
    if errnum == 10:                                            # ECHILD
        return CHILD_PROCESS_ERROR
    if errnum == 103:                                           # ECONNABORTED
        return CONNECTION_ABORTED_ERROR
    if errnum == 111:                                           # ECONNREFUSED
        return CONNECTION_REFUSED_ERROR
    if errnum == 104:                                           # ECONNRESET
        return CONNECTION_RESET_ERROR
    if errnum == 17:                                            # EEXIST
        return FILE_EXISTS_ERROR
    if errnum == 2:                                             # ENOENT
        return FILE_NOT_FOUND_ERROR
    if errnum == 21:                                            # EISDIR
        return IS_A_DIRECTORY_ERROR
    if errnum == 20:                                            # ENOTDIR
        return NOT_A_DIRECTORY_ERROR
    if errnum == 4:                                             # EINTR
        return INTERRUPTED_ERROR
    if errnum == 13 or errnum == 1:                             # EACCES, EPERM
        return PERMISSION_ERROR
    if errnum == 3:                                             # ESRCH
        return PROCESS_LOOKUP_ERROR
    if errnum == 110:                                           # ETIMEDOUT
        return TIMEOUT_ERROR
    return OS_ERROR


def has_own_layout(t: Ptr[Type]) -> bool:
    """The exception types with a struct of their own in CPython (fields past BaseException's): two of
    them that do not derive from each other cannot be bases of one class (classobj.solid_base)."""
    return (t == BASE_EXCEPTION or t == OS_ERROR or t == STOP_ITERATION or t == SYSTEM_EXIT or t == NAME_ERROR
            or t == ATTRIBUTE_ERROR or t == IMPORT_ERROR or t == UNICODE_ENCODE_ERROR or t == UNICODE_DECODE_ERROR)


def is_exception_type(t: Ptr[Type]) -> bool:
    """t is BaseException or one of its subclasses."""
    while t:
        if t == BASE_EXCEPTION:
            return True
        t = t.base
    return False


def init_exception_types() -> None:
    """The slots of BaseException, which its subclasses inherit; every exception type callable:
    ValueError("message")."""
    BASE_EXCEPTION.repr = exception_repr
    BASE_EXCEPTION.str = exception_str
    BASE_EXCEPTION.getattr = exception_getattr
    BASE_EXCEPTION.setattr = exception_setattr
    BASE_EXCEPTION.call = exception_new
    exception_type(EXCEPTION, exception_new)
    exception_type(ARITHMETIC_ERROR, exception_new)
    exception_type(ZERO_DIVISION_ERROR, exception_new)
    exception_type(OVERFLOW_ERROR, exception_new)
    exception_type(LOOKUP_ERROR, exception_new)
    exception_type(INDEX_ERROR, exception_new)
    exception_type(KEY_ERROR, exception_new)
    exception_type(VALUE_ERROR, exception_new)
    exception_type(TYPE_ERROR, exception_new)
    exception_type(MEMORY_ERROR, exception_new)
    exception_type(UNICODE_ERROR, exception_new)
    exception_type(UNICODE_DECODE_ERROR, exception_new)
    exception_type(UNICODE_ENCODE_ERROR, unicode_encode_error_new)
    exception_type(OS_ERROR, os_error_new)
    exception_type(CONNECTION_ERROR, os_error_new)
    exception_type(BROKEN_PIPE_ERROR, os_error_new)
    exception_type(NAME_ERROR, exception_new)
    exception_type(UNBOUND_LOCAL_ERROR, exception_new)
    exception_type(ATTRIBUTE_ERROR, exception_new)
    exception_type(RUNTIME_ERROR, exception_new)
    exception_type(RECURSION_ERROR, exception_new)
    exception_type(NOT_IMPLEMENTED_ERROR, exception_new)
    exception_type(STOP_ITERATION, exception_new)
    exception_type(ASSERTION_ERROR, exception_new)
    exception_type(IMPORT_ERROR, exception_new)
    exception_type(MODULE_NOT_FOUND_ERROR, exception_new)
    exception_type(SYSTEM_EXIT, exception_new)
    exception_type(KEYBOARD_INTERRUPT, exception_new)
    exception_type(GENERATOR_EXIT, exception_new)
    exception_type(EOF_ERROR, exception_new)
    exception_type(FLOATING_POINT_ERROR, exception_new)
    exception_type(REFERENCE_ERROR, exception_new)
    exception_type(SYSTEM_ERROR, exception_new)
    exception_type(BUFFER_ERROR, exception_new)
    exception_type(STOP_ASYNC_ITERATION, exception_new)
    exception_type(SYNTAX_ERROR, syntax_error_new)
    exception_type(INDENTATION_ERROR, syntax_error_new)
    exception_type(TAB_ERROR, syntax_error_new)
    exception_type(WARNING, exception_new)
    exception_type(USER_WARNING, exception_new)
    exception_type(DEPRECATION_WARNING, exception_new)
    exception_type(PENDING_DEPRECATION_WARNING, exception_new)
    exception_type(SYNTAX_WARNING, exception_new)
    exception_type(RUNTIME_WARNING, exception_new)
    exception_type(FUTURE_WARNING, exception_new)
    exception_type(IMPORT_WARNING, exception_new)
    exception_type(UNICODE_WARNING, exception_new)
    exception_type(BYTES_WARNING, exception_new)
    exception_type(RESOURCE_WARNING, exception_new)
    exception_type(ENCODING_WARNING, exception_new)
    exception_type(BLOCKING_IO_ERROR, os_error_new)
    exception_type(CHILD_PROCESS_ERROR, os_error_new)
    exception_type(CONNECTION_ABORTED_ERROR, os_error_new)
    exception_type(CONNECTION_REFUSED_ERROR, os_error_new)
    exception_type(CONNECTION_RESET_ERROR, os_error_new)
    exception_type(FILE_EXISTS_ERROR, os_error_new)
    exception_type(FILE_NOT_FOUND_ERROR, os_error_new)
    exception_type(INTERRUPTED_ERROR, os_error_new)
    exception_type(IS_A_DIRECTORY_ERROR, os_error_new)
    exception_type(NOT_A_DIRECTORY_ERROR, os_error_new)
    exception_type(PERMISSION_ERROR, os_error_new)
    exception_type(PROCESS_LOOKUP_ERROR, os_error_new)
    exception_type(TIMEOUT_ERROR, os_error_new)
    exception_type(UNSUPPORTED_OPERATION, os_error_new)
    type_ready(NOT_SUPPORTED)


def exception_type(t: Ptr[Type], constructor: Fn[[Ptr[Type], Ptr[Word], i64, Word], Word]) -> None:
    """An exception type called through constructor, with its base's slots (bases come first)."""
    t.call = constructor
    type_ready(t)
