"""Python functions and calls into them (DESIGN.md 8, 10).

A `Code` is the native face of a code object: made by the driver outside the
moving heap, it holds the entry points the JIT fills in on the first call. A
`Function` is the heap object `def` and `lambda` create: its code, default
values and closure. Both entries take the function as their first argument
(its closure, its defaults): JIT-compiled code calls `fast(f, p0, ...)`
directly when the arity matches; everything else comes through `call_object`,
which binds keywords and the other parameter forms in runtime/calls.py.

A `Cell` holds a variable that nested functions share (CPython's cell
objects): the register of a cell or free variable holds its cell.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, BoolObject, NONE, as_object, has_type, small, is_small, small_value
from pyvm.runtime.errors import (raise_not_supported,
                                 raise_msg, raise_with_str, name_pending, TYPE_ERROR, VALUE_ERROR, NAME_ERROR,
                                 UNBOUND_LOCAL_ERROR, RECURSION_ERROR)
from pyvm.runtime.intobj import BigInt, int_add, int_compare, new_bigint
from pyvm.runtime.builtins import call_builtin
from pyvm.runtime.strobj import str_from_cstr, str_concat
from pyvm.runtime.tupleobj import Tuple, tuple_from_items
from pyvm.gc.roots import set_chain
from pyvm.runtime.calls import call_bound

FRAME_FLAG = 1 << 62        # set in a root record's slot count: the record is a Python frame
CO_VARARGS = 0x04           # Code.flags, as CPython's co_flags: the code takes *args
CO_VARKEYWORDS = 0x08       # ... and **kwargs
CO_GENERATOR = 0x20         # ... calling it makes a generator (baseline/generators.py)
CO_COROUTINE = 0x80         # ... a coroutine (an async def)
CO_ASYNC_GENERATOR = 0x200  # ... an async generator
CO_SUSPENDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR     # its frame outlives a call


class Code(Object, name="code"):
    # Made by the driver outside the heap (jit/image.py), header included: f_code returns it.
    name: Ptr[u8]
    qualname: Ptr[u8]
    filename: Ptr[u8]
    firstlineno: i64
    argcount: i64
    nlocals: i64                                     # locals live in registers 0..nlocals-1
    varnames: Ptr[Ptr[u8]]                           # parameters first
    lines: Ptr[i64]                                  # the line of each instruction
    is_module: i64
    nregs: i64                                       # registers: locals, then the compiler's temporaries
    cells: Ptr[u8]                                   # per local: 1 when its register holds a Cell
    consts: Ptr[Word]                                # its constants (a root range: they may move)
    doc: i64                                         # the index of its docstring in consts, or -1
    fast: Ptr[u8]                                    # Word fast(Word f, Word p0, ...) of nparams Words, or 0
    generic: Fn[[Ptr[Word], i64, Word], Word]        # generic(args, n, f): compiled, or the interpreter
    # The baseline tier's view (pyvm/baseline/interpreter.py): the encoded instructions, the exception
    # table as (start, end, handler, register) runs, the names as Words, the module's global slots and
    # namespace, and how hot the code is (calls and turns of its loops).
    ins: Ptr[i64]
    handlers: Ptr[i64]
    nhandlers: i64
    names: Ptr[Word]
    globals: Ptr[Word]
    namespace: Ptr[u8]                               # the module's runtime.namespace.Namespace
    heat: i64
    # Parameters (runtime/calls.py binds them): registers 0..nparams-1 hold the positional ones (the
    # first posonlyargcount positional-only), the keyword-only ones, *args, **kwargs (flags).
    posonlyargcount: i64
    kwonlyargcount: i64
    flags: i64                                       # CO_VARARGS, CO_VARKEYWORDS
    nparams: i64
    fast_arity: i64        # argcount when argcount positional arguments bind every parameter, else -1:
                           # compiled code calls fast directly when a call passes this many
    instance_slots: i64    # a class body: the attributes its methods store on self (runtime/classobj.py)
    caches: Ptr[Word]      # its attribute caches (runtime/attrcache.py), in the module's root range of them
    # A generator's code compiled (jit/tiers.py): resume(f, record, point) runs the frame in the
    # interpreter's record from a resume point, as baseline.interpreter.execute does; 0 until then.
    resume: Fn[[Word, Ptr[i64], i64], Word]


class Function(Object, name="function"):
    code: Ptr[Code]
    defaults: Word            # a tuple, or 0
    kwdefaults: Word          # a dict, or 0
    annotations: Word         # a dict, or 0
    closure: Word             # a tuple of cells, or 0
    # Set when assigned (runtime/functionattrs.py); 0 until then: the code's name, qualname, docstring.
    name: Word
    qualname: Word
    doc: Word
    module: Word
    dict: Word                # __dict__, made on first use


class Cell(Object, name="cell"):
    contents: Word            # 0 while the variable is unbound


# Set by the driver: compiles a code object and fills in its entries; 0 after raising.
compile_hook: Fn[[Ptr[Code]], i64]

depth: i64 = 0          # Python frames running; the limit is sysmodule.recursion_limit
stack_floor: i64 = 0    # a frame record below this address raises RecursionError (set by the JIT; 0: unchecked)


def make_function(code: Ptr[Code], parts: Ptr[Word], nparts: i64) -> Word:
    """A function of code; parts (none, or four: defaults, kwdefaults, annotations, closure, each
    None when absent) lie in a root area."""
    f = new(Function)
    if not f:
        return cast(Word, 0)
    f.code = code
    if nparts == 4:
        f.defaults = absent_as_zero(parts[0])
        f.kwdefaults = absent_as_zero(parts[1])
        f.annotations = absent_as_zero(parts[2])
        f.closure = absent_as_zero(parts[3])
    return cast(Word, f)


@inline
def absent_as_zero(w: Word) -> Word:
    if w == cast(Word, NONE):
        return cast(Word, 0)
    return w


def cell_new(contents: Word) -> Word:
    """MAKE_CELL: a cell holding contents (0: an unbound variable)."""
    cell = new(Cell)
    if not cell:
        return cast(Word, 0)
    cell.contents = contents
    return cast(Word, cell)


def unbound_free_error(name: Ptr[u8]) -> Word:
    """A free variable read before the enclosing function bound it."""
    return raise_with_str(NAME_ERROR, concat3(str_from_cstr("cannot access free variable '"), str_from_cstr(name),
                                              str_from_cstr("' where it is not associated with a value in enclosing scope")))


def call_object(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f(*args): Python functions, builtins and types. `args` must lie in a root area."""
    if has_type(f, type_of(Function)):
        return call_function(f, args, n, kwnames)
    return call_builtin(f, args, n, kwnames)


def call_function(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """Positional arguments to a function of positional parameters go to its generic entry as they
    are; anything else is bound first (calls.call_bound), which raises CPython's errors."""
    code = cast(Ptr[Function], f).code
    ndefaults: i64 = 0
    if cast(Ptr[Function], f).defaults:
        ndefaults = cast(Ptr[Tuple], cast(Ptr[Function], f).defaults).size
    if kwnames or code.fast_arity < 0 or n > code.argcount or n < code.argcount - ndefaults:
        return call_bound(f, args, n, kwnames)
    if not code.generic:
        if compile_hook(code) == 0:
            return cast(Word, 0)
    return code.generic(args, n, f)


def enter_frame(record: Ptr[i64]) -> None:
    """A frame record (its slots set) becomes the innermost, one level deeper."""
    global depth
    set_chain(record)
    depth += 1


def leave_frame(record: Ptr[i64]) -> None:
    global depth
    set_chain(cast(Ptr[i64], record[0]))
    depth -= 1


def ensure_compiled(code: Ptr[Code]) -> i64:
    """For JIT code about to call `fast`: compile on first use."""
    if not code.generic:
        return compile_hook(code)
    return 1


# -- errors with CPython's messages ---------------------------------------------------------

def concat3(a: Word, b: Word, c: Word) -> Word:
    if not a or not b or not c:
        return cast(Word, 0)
    ab = str_concat(a, b)
    if not ab:
        return cast(Word, 0)
    return str_concat(ab, c)


def decimal(n: i64) -> Word:
    """A small non-negative number as a str (messages only)."""
    digits = static_digits
    k = 20
    digits.text[k] = 0
    while True:
        k -= 1
        digits.text[k] = u8(48 + n % 10)
        n = n // 10
        if n == 0:
            break
    return str_from_cstr(digits.text + k)


class Digits(Struct):
    text: Array[u8, 24]


static_digits = static(Digits)


def name_error(name: Ptr[u8]) -> Word:
    text = str_from_cstr(name)
    if not text:
        return text
    raise_with_str(NAME_ERROR, concat3(str_from_cstr("name '"), text, str_from_cstr("' is not defined")))
    return name_pending(NAME_ERROR, text, cast(Word, 0))


def builtin_not_supported(name: Ptr[u8]) -> Word:
    """A global that is unbound where CPython would find a builtin pyvm lacks."""
    return raise_not_supported("the builtin ", name, "")


def unbound_local_error(name: Ptr[u8]) -> Word:
    return raise_with_str(UNBOUND_LOCAL_ERROR, concat3(str_from_cstr("cannot access local variable '"),
                                                       str_from_cstr(name),
                                                       str_from_cstr("' where it is not associated with a value")))


def recursion_error() -> Word:
    return raise_msg(RECURSION_ERROR, "maximum recursion depth exceeded")


# -- for-range loops (RANGE_START, RANGE_NEXT) ------------------------------------------------

def range_argument(w: Word) -> Word:
    """An int argument of range(): ints and bools (as ints), what __index__ gives; TypeError for
    anything else."""
    if is_small(w) or has_type(w, type_of(BigInt)):
        return w
    if has_type(w, type_of(BoolObject)):
        return small(cast(Ptr[BoolObject], w).value)
    if as_object(w).type.index:
        i = as_object(w).type.index(w)
        if not i:
            return i
        return range_argument(i)
    return raise_with_str(TYPE_ERROR, str_concat(str_concat(str_from_cstr("'"), str_from_cstr(as_object(w).type.name)),
                                                 str_from_cstr("' object cannot be interpreted as an integer")))


def range_start(args: Ptr[Word], n: i64, state: Ptr[Word]) -> bool:
    """state = (counter, stop, step) from range's 1 to 3 arguments; args and state lie in a frame record.

    With a step of 1 (one or two arguments), the step is the small int 1 only when the counter and the
    stop are small ints too: the JIT's loop step tests that one loop-invariant register instead of
    the counter and the stop at every turn. Otherwise it is a 1 held in a BigInt, which the
    runtime's int operations take for 1."""
    if n == 1:
        state[0] = small(0)
        state[2] = small(1)
        state[1] = range_argument(args[0])
        if not state[1]:
            return False
        return is_small(state[1]) or unit_step_not_small(state)
    for i in range(n):
        v = range_argument(args[i])
        if not v:
            return False
        state[i] = v
    if n == 2:
        state[2] = small(1)
        return (is_small(state[0]) and is_small(state[1])) or unit_step_not_small(state)
    if state[2] == small(0):
        raise_msg(VALUE_ERROR, "range() arg 3 must not be zero")
        return False
    return True


def unit_step_not_small(state: Ptr[Word]) -> bool:
    """Make the step a 1 that is not a small int; False after MemoryError."""
    one = new_bigint(1)
    if not one:
        return False
    one.sign = 1
    one.size = 1
    one.digits[0] = 1
    state[2] = cast(Word, one)
    return True


def range_next(state: Ptr[Word], out: Ptr[Word]) -> i64:
    """The general step of a range loop (big ints): 1 and the item in out, 0 at the end, -1 after raising."""
    going_up = int_compare(state[2], small(0)) > 0
    order = int_compare(state[0], state[1])
    if (going_up and order >= 0) or (not going_up and order <= 0):
        return 0
    out[0] = state[0]
    following = int_add(state[0], state[2])
    if not following:
        return -1
    state[0] = following
    return 1
