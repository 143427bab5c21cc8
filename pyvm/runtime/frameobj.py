"""Frame and traceback objects, made on demand from frame records (DESIGN.md 8; the paper's
frames rebuilt when looked at).

A JIT frame record is `[prev, n | FRAME_FLAG, code, lasti, frame, r0, r1, ...]`: `lasti` is the
tagged index of the instruction last synchronized, `frame` the frame object once one was asked
for (0 until then). A frame object reads the live record while its function runs; when the
function leaves, `frame_detach` copies the locals into it ("takes over the values"). Only
records that were looked at pay for any of this: the JIT tests `frame` once on return.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import setattr_not_supported
from pyvm.runtime.object import Object, small, none_word
from pyvm.runtime.errors import (raise_not_supported,
                                 ExceptionObject, pending, handling, raise_msg, raise_text, decimal_text,
                                 VALUE_ERROR, TYPE_ERROR, OVERFLOW_ERROR)
from pyvm.runtime.function import Code, Cell, FRAME_FLAG
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.floatobj import float_new
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.dictobj import dict_new, dict_set, dict_index, dict_remove_at
from pyvm.runtime.builtins import BuiltinFunction, no_keywords, index_arg, name_is
from pyvm.runtime.strbuilder import str_builder_new, str_builder_add_cstr, str_builder_add_hex, str_builder_finish
from pyvm.gc.roots import chain

# Slots of a JIT frame record (pyvm/jit/codegen.py writes them).
RECORD_CODE = 2
RECORD_LASTI = 3
RECORD_FRAME = 4
FRAME_HEADER = 5            # registers start here


class FrameObject(Object, name="frame"):
    code: Word              # the Code (a static object)
    record: i64             # the live frame record; 0 once the function has left
    back: Word              # the caller's frame object, set when this one detaches (0: None)
    lasti: i64              # where the function was when it left
    values: Word            # a tuple of its locals when it left (0 while live)
    locals: Word            # f_locals and locals(): one dict, made when first asked for (0 until then)


class BareDouble(Object, name="bare double"):
    pass


# What compiled code leaves in a local's register while it keeps a float there as a bare double, never
# boxed (jit/codegen.py, "float registers"): the double lies in the record's shadow area, after its
# registers (at FRAME_HEADER + nregs + the local's number), which the collector does not scan. It is
# boxed (box_bare) before anyone reads the locals.
BARE = static(BareDouble)


class TracebackObject(Object, name="traceback"):
    next: Word              # tb_next: the entry one frame further in, 0 for None
    frame: Word             # tb_frame
    lasti: i64              # the instruction that raised or passed on the exception


SYS_GETFRAME = static(BuiltinFunction, name="_getframe", call=sys_getframe)
SYS_EXC_INFO = static(BuiltinFunction, name="exc_info", call=sys_exc_info)


@inline
def is_frame_record(record: Ptr[i64]) -> bool:
    return (record[1] & FRAME_FLAG) != 0


def frame_record_from(p: Ptr[i64]) -> Ptr[i64]:
    """The first Python frame record at p or further out (root records of runtime functions skipped)."""
    while p and not is_frame_record(p):
        p = cast(Ptr[i64], p[0])
    return p


def caller_record(record: Ptr[i64]) -> Ptr[i64]:
    return frame_record_from(cast(Ptr[i64], record[0]))


def frame_of(record: Ptr[i64]) -> Word:
    """The frame object of a live record, made on first request."""
    if record[RECORD_FRAME] != 0:
        return cast(Word, record[RECORD_FRAME])
    f = new(FrameObject)
    if not f:
        return cast(Word, 0)
    f.code = cast(Word, record[RECORD_CODE])
    f.record = cast(i64, record)
    record[RECORD_FRAME] = cast(i64, f)
    return cast(Word, f)


def box_bare(record: Ptr[i64]) -> bool:
    """Box in place the bare doubles among a live record's locals (BARE), for frame objects to read
    them. False after MemoryError. The record is a root: each new float lands where the collector sees it."""
    code = cast(Ptr[Code], record[RECORD_CODE])
    for i in range(code.nlocals):
        if cast(Word, record[FRAME_HEADER + i]) == cast(Word, BARE):
            w = float_new(cast(Ptr[f64], record + FRAME_HEADER + code.nregs + i)[0])
            if not w:
                return False
            record[FRAME_HEADER + i] = cast(i64, w)
    return True


def frame_detach(record: Ptr[i64], result: Word) -> Word:
    """The function of record is leaving: its frame object keeps the locals and where it was.
    Returns result (the function's return value, which a collection here may move)."""
    code = cast(Ptr[Code], record[RECORD_CODE])
    if not box_bare(record):
        return cast(Word, 0)
    values = new(Tuple, code.nlocals)
    back = cast(Word, 0)
    caller = caller_record(record)
    if caller:
        back = frame_of(caller)
    f = cast(Ptr[FrameObject], record[RECORD_FRAME])
    if values:
        for i in range(code.nlocals):
            values.items[i] = cast(Word, record[FRAME_HEADER + i])
        f.values = cast(Word, values)
    f.back = back
    f.lasti = record[RECORD_LASTI] >> 1
    f.record = 0
    return result


def frame_moved(old: Ptr[i64], new_record: Ptr[i64]) -> None:
    """A function's frame goes on in another record (on-stack replacement: from the interpreter's to
    compiled code's): its frame object, if one was made, follows it."""
    new_record[RECORD_FRAME] = old[RECORD_FRAME]
    if old[RECORD_FRAME]:
        cast(Ptr[FrameObject], old[RECORD_FRAME]).record = cast(i64, new_record)


def traceback_here(record: Ptr[i64]) -> None:
    """The pending exception passes through record's frame: add a traceback entry (CPython's
    PyTraceBack_Here). A failure to allocate leaves the traceback as it was."""
    f = frame_of(record)
    if not f:
        return
    tb = new(TracebackObject)
    if not tb:
        return
    exc = cast(Ptr[ExceptionObject], pending)
    tb.next = exc.traceback
    tb.frame = f
    tb.lasti = record[RECORD_LASTI] >> 1
    exc.traceback = cast(Word, tb)


def lasti_of_raise(record: Ptr[i64], exc: Word) -> None:
    """RERAISE r, 2, leaving a with statement's handler: the frame goes back to the instruction that raised
    exc, as CPython's RERAISE 2 restores f_lasti. exc's newest traceback entry is this frame's: it landed here."""
    tb = cast(Ptr[TracebackObject], cast(Ptr[ExceptionObject], exc).traceback)
    if tb and tb.frame == cast(Word, record[RECORD_FRAME]):
        record[RECORD_LASTI] = (tb.lasti << 1) | 1


def traceback_tail(tb: Word, n: i64) -> Word:
    """The entry of the traceback tb from which at most n entries are left (the printer shows only
    the innermost ones, of a traceback that may be millions of entries long)."""
    ahead = tb
    for i in range(n):
        if not ahead:
            return tb
        ahead = cast(Ptr[TracebackObject], ahead).next
    while ahead:
        ahead = cast(Ptr[TracebackObject], ahead).next
        tb = cast(Ptr[TracebackObject], tb).next
    return tb


# -- what Python sees ----------------------------------------------------------------------------

def frame_lasti(f: Ptr[FrameObject]) -> i64:
    if f.record:
        return cast(Ptr[i64], f.record)[RECORD_LASTI] >> 1
    return f.lasti


def frame_lineno(f: Ptr[FrameObject]) -> i64:
    return line_at(cast(Ptr[Code], f.code), frame_lasti(f))


def line_at(code: Ptr[Code], lasti: i64) -> i64:
    """The line of instruction lasti; -1, a generator not started yet, is at its def's line."""
    if lasti < 0:
        return code.firstlineno
    return code.lines[lasti]


def frame_back(f: Ptr[FrameObject]) -> Word:
    if f.record:
        caller = caller_record(cast(Ptr[i64], f.record))
        if not caller:
            return none_word()
        return frame_of(caller)
    if not f.back:
        return none_word()
    return f.back


def frame_locals(frame: Word) -> Word:
    """f_locals, and locals() in a function: the frame's one dict of its bound locals, brought up
    to date at each call (CPython 3.11's PyFrame_FastToLocals), from the record while the function
    runs, else from the values it left."""
    code = cast(Ptr[Code], cast(Ptr[FrameObject], frame).code)
    if code.is_module:
        return raise_not_supported("f_locals of a module's frame", "", "")
    if cast(Ptr[FrameObject], frame).record and not box_bare(cast(Ptr[i64], cast(Ptr[FrameObject], frame).record)):
        return cast(Word, 0)
    d = cast(Ptr[FrameObject], frame).locals
    if not d:
        d = dict_new()
        if not d:
            return d
        cast(Ptr[FrameObject], frame).locals = d
    for i in range(code.nlocals):
        f = cast(Ptr[FrameObject], frame)        # re-read: dict_set may collect
        value = cast(Word, 0)
        if f.record:
            value = cast(Word, cast(Ptr[i64], f.record)[FRAME_HEADER + i])
        elif f.values:
            value = cast(Ptr[Tuple], f.values).items[i]
        if value and code.cells[i]:
            value = cast(Ptr[Cell], value).contents      # a variable nested functions share
        name = str_from_cstr(code.varnames[i])
        if not name:
            return name
        if value:
            if not dict_set(d, name, value):
                return cast(Word, 0)
        else:
            j = dict_index(d, name)              # unbound now: out of the dict
            if j >= 0:
                dict_remove_at(d, j)
    return d


def record_locals(record: Ptr[i64]) -> Word:
    """locals() in a function."""
    frame = frame_of(record)
    if not frame:
        return frame
    return frame_locals(frame)


def frame_get_attr(frame: Word, name: Word) -> Word:
    """frame.NAME, or the null Word with nothing raised when there is no such attribute."""
    f = cast(Ptr[FrameObject], frame)
    if name_is(name, "f_locals"):
        return frame_locals(frame)
    if name_is(name, "f_back"):
        return frame_back(f)
    if name_is(name, "f_lineno"):
        return small(frame_lineno(f))
    if name_is(name, "f_lasti"):
        return small(frame_lasti(f))
    if name_is(name, "f_code"):
        return f.code
    return cast(Word, 0)


def code_get_attr(code_word: Word, name: Word) -> Word:
    """code.NAME, or the null Word with nothing raised."""
    code = cast(Ptr[Code], code_word)
    if name_is(name, "co_name"):
        return str_from_cstr(code.name)
    if name_is(name, "co_qualname"):
        return str_from_cstr(code.qualname)
    if name_is(name, "co_filename"):
        return str_from_cstr(code.filename)
    if name_is(name, "co_firstlineno"):
        return small(code.firstlineno)
    if name_is(name, "co_argcount"):
        return small(code.argcount)
    if name_is(name, "co_nlocals"):
        return small(plain_locals(code))
    if name_is(name, "co_varnames"):
        t = cast(Ptr[Tuple], tuple_new(plain_locals(code)))
        if not t:
            return cast(Word, 0)
        k: i64 = 0
        for i in range(code.nlocals):
            if is_plain_local(code, i):
                s = str_from_cstr(code.varnames[i])
                if not s:
                    return s
                t.items[k] = s
                k += 1
        return cast(Word, t)
    return cast(Word, 0)


def is_plain_local(code: Ptr[Code], i: i64) -> bool:
    """Whether local i is in co_varnames: parameters, and locals no nested function shares."""
    return i < code.argcount or code.cells[i] == 0


def plain_locals(code: Ptr[Code]) -> i64:
    n: i64 = 0
    for i in range(code.nlocals):
        if is_plain_local(code, i):
            n += 1
    return n


def traceback_get_attr(tb_word: Word, name: Word) -> Word:
    """traceback.NAME, or the null Word with nothing raised."""
    tb = cast(Ptr[TracebackObject], tb_word)
    if name_is(name, "tb_next"):
        if not tb.next:
            return none_word()
        return tb.next
    if name_is(name, "tb_frame"):
        return tb.frame
    if name_is(name, "tb_lineno"):
        return small(line_at(cast(Ptr[Code], cast(Ptr[FrameObject], tb.frame).code), tb.lasti))
    if name_is(name, "tb_lasti"):
        return small(tb.lasti)
    return cast(Word, 0)


def frame_repr(frame: Word) -> Word:
    """<frame at 0x7f..., file 'x.py', line 3, code f>."""
    f = cast(Ptr[FrameObject], frame)
    code = cast(Ptr[Code], f.code)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "<frame at ")
    str_builder_add_hex(b, cast(u64, frame))
    str_builder_add_cstr(b, ", file '")
    str_builder_add_cstr(b, code.filename)
    str_builder_add_cstr(b, "', line ")
    str_builder_add_cstr(b, decimal_text(0, frame_lineno(f)))
    str_builder_add_cstr(b, ", code ")
    str_builder_add_cstr(b, code.name)
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


def code_repr(code_word: Word) -> Word:
    """<code object f at 0x7f..., file "x.py", line 3>."""
    code = cast(Ptr[Code], code_word)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "<code object ")
    str_builder_add_cstr(b, code.name)
    str_builder_add_cstr(b, " at ")
    str_builder_add_hex(b, cast(u64, code_word))
    str_builder_add_cstr(b, ", file \"")
    str_builder_add_cstr(b, code.filename)
    str_builder_add_cstr(b, "\", line ")
    str_builder_add_cstr(b, decimal_text(0, code.firstlineno))
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


# -- sys._getframe, sys.exc_info ------------------------------------------------------------------

def sys_getframe(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sys._getframe([depth]): the frame of the caller, depth frames further out."""
    if not no_keywords(kwnames, "_getframe()"):
        return cast(Word, 0)
    if n > 1:
        return raise_text(TYPE_ERROR, "_getframe expected at most 1 argument, got ", decimal_text(0, n), "", "", "")
    depth: i64 = 0
    if n == 1:
        status = index_arg(args[0], addr(depth))
        if status < 0:
            return cast(Word, 0)
        if status == 0:
            return raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C int")
    record = frame_record_from(chain)
    while record and depth > 0:
        record = caller_record(record)
        depth -= 1
    if not record:
        return raise_msg(VALUE_ERROR, "call stack is not deep enough")
    return frame_of(record)


def sys_exc_info(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sys.exc_info(): (type, value, traceback) of the exception being handled, or three Nones."""
    if not no_keywords(kwnames, "exc_info()"):
        return cast(Word, 0)
    if n != 0:
        return raise_text(TYPE_ERROR, "sys.exc_info() takes no arguments (", decimal_text(0, n), " given)", "", "")
    t = new(Tuple, 3)
    if not t:
        return cast(Word, 0)
    exc = handling
    if not exc:
        t.items[0] = none_word()
        t.items[1] = none_word()
        t.items[2] = none_word()
        return cast(Word, t)
    t.items[0] = cast(Word, cast(Ptr[ExceptionObject], exc).type)
    t.items[1] = exc
    tb = cast(Ptr[ExceptionObject], exc).traceback
    t.items[2] = tb if tb else none_word()
    return cast(Word, t)


def init() -> None:
    type_of(FrameObject).repr = frame_repr
    type_of(FrameObject).getattr = frame_get_attr
    type_of(FrameObject).setattr = setattr_not_supported
    type_of(Code).repr = code_repr
    type_of(Code).getattr = code_get_attr
    type_of(TracebackObject).getattr = traceback_get_attr
