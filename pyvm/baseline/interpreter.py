"""The baseline tier: an interpreter over the register bytecode, in lowpy (docs/tiers.md).

Code starts here and moves to LLVM's code once hot (pyvm/jit/tiers.py). A frame's registers live
in its frame record, the same record compiled code keeps (`[prev, n | FRAME_FLAG, code, lasti,
frame, r0, r1, ...]`, DESIGN.md 8), linked into the same chain: tracebacks, sys._getframe,
f_locals, the collector and the recursion limit see no difference between the tiers. The records
lie on a stack of their own (`frames`), not on the native stack, which holds only this
function's few words per Python call.

Instructions come encoded by the driver (jit/image.py, `encode`): six words each, the opcode and
its operands in the order of the instruction table, a `regs` operand as two words (first,
count); names needed for messages as C strings, builtins as their addresses. The opcode numbers
below are the table's (pyvm/bytecode/opcodes.py): a test checks that they agree and that every
instruction is here.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import NONE, TRUE, FALSE, small, is_small, bool_word
from pyvm.runtime.errors import (pending, handling, reraise_active, pending_is_catchable, take_pending, set_pending,
                                 set_handling)
from pyvm.runtime.function import (Code, Function, FRAME_FLAG, call_object, make_function, cell_new, Cell,
                                   unbound_local_error, unbound_free_error, name_error, builtin_not_supported,
                                   recursion_error, range_start, range_next, depth, stack_floor, enter_frame,
                                   leave_frame, compile_hook, CO_SUSPENDS)
from pyvm.runtime.sysmodule import recursion_limit
from pyvm.runtime.tupleobj import Tuple, tuple_from_items
from pyvm.runtime.listobj import list_from_items, list_append
from pyvm.runtime.dictobj import dict_from_pairs, dict_set, dict_update_display
from pyvm.runtime.setobj import set_from_items, set_add_key, set_update_display
from pyvm.runtime.ops import (binary_op, inplace_op, unary_op, compare_op, truthy, getitem, setitem, unpack, get_iter,
                              iter_next, import_module, delitem,
                              unpack_ex, list_extend_star, del_attr)
from pyvm.runtime.slices import getslice, setslice, delslice
from pyvm.runtime.calls import build_kwargs, dict_merge_star, call_ex
from pyvm.runtime.namespace import Namespace, global_store, global_delete, module_namespace
from pyvm.runtime.exceptions import do_raise, exception_matches
from pyvm.runtime.frameobj import (frame_detach, traceback_here, record_locals, lasti_of_raise, FRAME_HEADER,
                                   RECORD_LASTI, RECORD_FRAME, FrameObject)
from pyvm.runtime.tupleobj import Tuple
from pyvm.baseline.generators import (Generator, generator_new, delegate_send, delegate_returned, close_loop_iterator,
                                     SUSPENDED, RUNNING, FINISHED)
from pyvm.baseline.coroutines import get_awaitable, get_aiter, get_anext
from pyvm.runtime.frames import introspect
from pyvm.runtime.tinyobj import tiny_add, tiny_call, tiny_print
from pyvm.runtime.formatting import format_conversion, build_string
from pyvm.runtime.classobj import namespace_load, namespace_delete
from pyvm.runtime.dunders import with_enter, context_enter, with_exit_exception
from pyvm.runtime.attrcache import cached_get_attr, cached_set_attr, cached_check_method, cached_call_method
from pyvm.gc.roots import chain

WIDTH = 6                  # words per encoded instruction
FRAMES_WORDS = 1 << 24     # the frame records' stack: 128 MiB of address space, touched as it is used

# The instruction table's numbers (checked by pyvm/baseline/tests/test_interpreter.py).
LOAD_CONST = 0
MOVE = 1
LOAD_GLOBAL = 2
STORE_GLOBAL = 3
LOAD_BUILTIN = 4
CHECK_BOUND = 5
BINARY = 6
INPLACE = 7
UNARY = 8
COMPARE = 9
JUMP = 10
JUMP_IF_FALSE = 11
JUMP_IF_TRUE = 12
CALL = 13
CALL_KW = 14
LIST_EXTEND = 15
BUILD_KWARGS = 16
DICT_MERGE = 17
CALL_EX = 18
CHECK_METHOD = 19
CALL_METHOD = 20
GET_ATTR = 21
SET_ATTR = 22
RETURN = 23
BUILD_TUPLE = 24
BUILD_LIST = 25
GET_ITEM = 26
SET_ITEM = 27
GET_SLICE = 28
UNPACK = 29
GET_ITER = 30
FOR_ITER = 31
RANGE_START = 32
RANGE_NEXT = 33
MAKE_FUNCTION = 34
MAKE_CELL = 35
COPY_FREE_VARS = 36
LOAD_DEREF = 37
STORE_DEREF = 38
DELETE_DEREF = 39
IMPORT = 40
UNBIND = 41
UNBIND_GLOBAL = 42
RAISE = 43
RAISE_FROM = 44
RAISE_ACTIVE = 45
RERAISE = 46
PUSH_EXC_INFO = 47
POP_EXC_INFO = 48
CHECK_EXC_MATCH = 49
DELETE_GLOBAL = 50
DEL_ITEM = 51
DEL_SLICE = 52
SET_SLICE = 53
DEL_ATTR = 54
UNPACK_EX = 55
GLOBALS = 56
LOCALS = 57
BUILD_MAP = 58
MAP_ADD = 59
DICT_UPDATE = 60
LIST_APPEND = 61
TINY_ADD = 62
TINY_CALL = 63
TINY_PRINT = 64
INTROSPECT = 65
FORMAT_VALUE = 66
BUILD_STRING = 67
LOAD_NAME = 68
STORE_NAME = 69
DELETE_NAME = 70
LOAD_CLASSDEREF = 71
BUILD_SET = 72
SET_ADD = 73
SET_UPDATE = 74
BEFORE_WITH = 75
WITH_EXCEPT_START = 76
YIELD_VALUE = 77
YIELD_FROM = 78
GET_AWAITABLE = 79
BEFORE_ASYNC_WITH = 80
GET_AITER = 81
GET_ANEXT = 82
CLOSE_ITER = 83

# Set by the driver (jit/tiers.py): hook(code, where) for code in this tier. where -2: its first call
# (the driver encodes its instructions), 1 when compiled code for it was in the disk cache and is
# now its entries; -1: it has run `tier_up_after` calls and turns of its loops, 1 when it is
# compiled now; a loop header (>= 0): 1 with `osr_entry` set to compiled code that goes on from that
# header with the registers of a frame record (on-stack replacement). 0: it stays here (a failure
# of the JIT itself is reported there and ends the process).
tier_up_hook: Fn[[Ptr[Code], i64], i64]
tier_up_after: i64 = 1000          # 0: never leave this tier (PYVM_TIER=baseline)
osr_entry: Fn[[Word, Ptr[i64]], Word]
osr_header: i64 = -1               # set by execute: the frame goes on in osr_entry
yield_pc: i64 = -1                 # set by execute at a yield: where the generator goes on (docs/generators.md)
yield_target: i64 = 0              # ... and the register that receives the value sent in
# The exception being handled by whoever resumed the running generator: a generator's except clause
# saves it as CALLERS, and leaving the clause restores the exception its resumer handles then.
resumer_handling: Word = cast(Word, 0)
CALLERS = 1                        # (a small int: the collector leaves it alone)

COLD = -(1 << 62)                  # the heat of code that will stay here

frames: Ptr[i64] = null(i64)       # the frame records' stack
frames_top: Ptr[i64] = null(i64)
frames_end: Ptr[i64] = null(i64)


@extern
def malloc(n: i64) -> Ptr[u8]: ...


def init() -> None:
    global frames, frames_top, frames_end
    frames = cast(Ptr[i64], malloc(FRAMES_WORDS * 8))
    frames_top = frames
    frames_end = frames + FRAMES_WORDS


def interpret(args: Ptr[Word], n: i64, f: Word) -> Word:
    """The generic entry of code in the baseline tier: f(*args[0:n]), the arity checked by the
    caller, missing parameters taken from f's defaults."""
    return run_code(cast(Ptr[Function], f).code, args, n, f)


def run_module(code: Ptr[Code]) -> Word:
    """A module's code (no function, no arguments)."""
    return run_code(code, null(Word), 0, cast(Word, 0))


def tier_up(code: Ptr[Code], where: i64) -> bool:
    """Ask the driver to move code (or, where >= 0, its frame at that loop header) to compiled code."""
    if tier_up_hook(code, where):
        return True
    if where != -2:
        code.heat = COLD               # not again
    return False


def run_code(code: Ptr[Code], args: Ptr[Word], n: i64, f: Word) -> Word:
    global frames_top, osr_header
    if not code.ins and tier_up(code, -2):          # its first call (the driver encodes it then)
        return code.generic(args, n, f)
    if code.flags & CO_SUSPENDS:
        return generator_new(code, args, n, f)
    code.heat += 1
    if tier_up_after and code.heat >= tier_up_after and not code.is_module and tier_up(code, -1):
        return code.generic(args, n, f)
    record = push_record(code)
    if not record:
        return recursion_error()
    regs = cast(Ptr[Word], record + FRAME_HEADER)
    for i in range(code.nregs):
        regs[i] = cast(Word, 0)
    bind_parameters(code, regs, args, n, f)
    link(record)
    result = execute(code, record, f, 0)
    if osr_header >= 0:
        # The loop goes on in compiled code, which takes the frame over: its own record, linked where
        # this one was, gets the registers and the frame object (jit/codegen.py, build_osr).
        osr_header = -1
        leave_frame(record)
        result = osr_entry(f, record)
    else:
        if record[RECORD_FRAME]:
            result = frame_detach(record, result)
        leave_frame(record)
    frames_top = record
    return result


def push_record(code: Ptr[Code]) -> Ptr[i64]:
    """A frame record for code on the records' stack (its header but the link; the registers are the
    caller's to fill), not linked yet; null when it would be too deep (the recursion limit, the
    records' stack, the native stack). The caller links it (`link`): the chain read here could be
    this function's own root record, should it ever have one."""
    global frames_top
    size = FRAME_HEADER + code.nregs
    record = frames_top
    here: i64 = 0
    if depth >= recursion_limit or record + size > frames_end or cast(i64, addr(here)) < stack_floor:
        return null(i64)
    frames_top = record + size
    record[1] = (size - 2) | FRAME_FLAG
    record[2] = cast(i64, code)
    record[RECORD_LASTI] = 1
    record[RECORD_FRAME] = 0
    return record


@inline
def link(record: Ptr[i64]) -> None:
    """The record becomes the innermost frame, above the caller's own root record."""
    record[0] = cast(i64, chain)
    enter_frame(record)


def bind_parameters(code: Ptr[Code], regs: Ptr[Word], args: Ptr[Word], n: i64, f: Word) -> None:
    """generic's contract (jit/codegen.py build_generic): the first n parameters from args, the
    others from f's defaults."""
    for i in range(code.nparams):
        if i < n:
            regs[i] = args[i]
        else:
            defaults = cast(Ptr[Tuple], cast(Ptr[Function], f).defaults)
            regs[i] = defaults.items[defaults.size - (code.argcount - i)]


def resume(gw: Word, value: Word, throwing: bool) -> Word:
    """Run a generator's frame on from where it stopped, with value in the register that receives
    it, or (throwing) with the pending exception raised where it stopped: in a frame record pushed
    as run_code pushes one, its registers copied in from the generator's tuple and back at a yield.
    The value yielded (the generator suspended), the value returned or the null Word with an
    exception pending (the generator finished)."""
    global frames_top, yield_pc, resumer_handling
    code = cast(Ptr[Generator], gw).code
    # Hot generator code moves to compiled code between resumptions, never in the middle of one.
    if not code.resume:
        code.heat += 1
        if tier_up_after and code.heat >= tier_up_after:
            tier_up(code, -1)
    g = cast(Ptr[Generator], gw)
    record = push_record(code)
    if not record:
        return recursion_error()
    record[RECORD_LASTI] = g.lasti
    record[RECORD_FRAME] = cast(i64, g.frame)
    regs = cast(Ptr[Word], record + FRAME_HEADER)
    saved = cast(Ptr[Tuple], g.regs)
    for i in range(code.nregs):
        regs[i] = saved.items[i]
    if g.target >= 0 and not throwing:
        regs[g.target] = value
    if g.frame:
        cast(Ptr[FrameObject], g.frame).record = cast(i64, record)
    caller_handling = handling          # the generator's own exception being handled, while it runs
    outer_resumer = resumer_handling
    resumer_handling = handling
    if g.exc:
        set_handling(g.exc)
    g.state = RUNNING
    g.record = cast(i64, record)
    link(record)
    pc = g.pc
    yield_pc = -1
    if throwing:
        traceback_here(record)
        pc = handle(code, record, g.lasti >> 1)
    result = cast(Word, 0)
    if pc >= 0 and code.resume:
        result = code.resume(cast(Ptr[Generator], gw).func, record, pc)
    elif pc >= 0:
        result = execute(code, record, cast(Ptr[Generator], gw).func, pc)
    g = cast(Ptr[Generator], gw)
    g.record = 0
    g.exc = cast(Word, 0)
    if result and yield_pc >= 0:
        saved = cast(Ptr[Tuple], g.regs)
        for i in range(code.nregs):
            saved.items[i] = regs[i]
        g.state = SUSPENDED
        g.pc = yield_pc
        g.target = yield_target
        g.lasti = record[RECORD_LASTI]
        if handling != caller_handling:
            g.exc = handling
        g.frame = cast(Word, record[RECORD_FRAME])     # (made while it ran, perhaps)
        if g.frame:                     # a frame object reads the registers kept until it runs again
            frame = cast(Ptr[FrameObject], g.frame)
            frame.record = 0
            frame.values = g.regs
            frame.lasti = g.lasti >> 1
        yield_pc = -1
    else:
        g.state = FINISHED
        g.regs = cast(Word, 0)
        g.frame = cast(Word, 0)
        if record[RECORD_FRAME]:
            result = frame_detach(record, result)
    set_handling(caller_handling)
    resumer_handling = outer_resumer
    leave_frame(record)
    frames_top = record
    return result


def execute(code: Ptr[Code], record: Ptr[i64], f: Word, start: i64) -> Word:
    """Run the instructions of a frame linked in the chain from start; its result, or 0 with an
    exception pending (or, yield_pc set, the value a generator yields)."""
    global yield_pc, yield_target
    regs = cast(Ptr[Word], record + FRAME_HEADER)
    pc = start
    while True:
        ins = code.ins + pc * WIDTH
        op = ins[0]
        a = ins[1]
        if not keeps_lasti(op, ins):
            record[RECORD_LASTI] = pc * 2 + 1
        pc += 1
        failed = False
        if op == LOAD_CONST:
            regs[a] = code.consts[ins[2]]
        elif op == MOVE:
            regs[a] = regs[ins[2]]
        elif op == BINARY or op == INPLACE:
            x = regs[ins[3]]
            y = regs[ins[4]]
            v = small_int_binary(ins[2], x, y)
            if not v:
                v = binary_op(ins[2], x, y) if op == BINARY else inplace_op(ins[2], x, y)
            regs[a] = v
            failed = not v
        elif op == COMPARE:
            x = regs[ins[3]]
            y = regs[ins[4]]
            if is_small(x) and is_small(y) and ins[2] <= 5:
                regs[a] = bool_word(small_compare(ins[2], cast(i64, x), cast(i64, y)))
            else:
                v = compare_op(ins[2], x, y)
                regs[a] = v
                failed = not v
        elif op == JUMP_IF_FALSE or op == JUMP_IF_TRUE:
            t = truth(regs[a])
            if t < 0:
                failed = True
            elif (t == 1) == (op == JUMP_IF_TRUE):
                pc = jump(code, pc, ins[2])
                if osr_header >= 0:
                    return cast(Word, 0)
        elif op == JUMP:
            pc = jump(code, pc, a)
            if osr_header >= 0:
                return cast(Word, 0)
        elif op == LOAD_GLOBAL:
            v = load_global(code, ins + 2)
            regs[a] = v
            failed = not v
        elif op == LOAD_NAME:
            v = namespace_load(regs[0], code.names[ins[2]])
            if not v:
                v = load_global(code, ins + 3)
            regs[a] = v
            failed = not v
        elif op == STORE_NAME:
            failed = not dict_set(regs[0], code.names[a], regs[ins[2]])
        elif op == DELETE_NAME:
            failed = not namespace_delete(regs[0], code.names[a], cast(Ptr[u8], ins[2]))
        elif op == LOAD_CLASSDEREF:
            v = namespace_load(regs[0], code.names[ins[3]])
            if not v:
                v = cast(Ptr[Cell], regs[ins[2]]).contents
                if not v:
                    unbound_variable(ins[4], 1)
            regs[a] = v
            failed = not v
        elif op == STORE_GLOBAL:
            ns = cast(Ptr[Namespace], code.namespace)
            if code.globals[a] and not code.globals[ns.count]:
                code.globals[a] = regs[ins[2]]
            else:
                failed = not global_store(ns, a, regs[ins[2]])     # first binding, or globals() exists
        elif op == LOAD_BUILTIN:
            regs[a] = cast(Word, ins[2])
        elif op == CHECK_BOUND:
            if not regs[a]:
                unbound_local_error(cast(Ptr[u8], ins[2]))
                failed = True
        elif op == UNARY:
            v = unary_op(ins[2], regs[ins[3]])
            regs[a] = v
            failed = not v
        elif op == CALL or op == CALL_KW:
            kwnames = code.consts[ins[5]] if op == CALL_KW else cast(Word, 0)
            v = call_object(regs[ins[2]], regs + ins[3], ins[4], kwnames)
            regs[a] = v
            failed = not v
        elif op == BUILD_KWARGS:
            v = build_kwargs(code.consts[ins[4]], regs + ins[2], ins[3])
            regs[a] = v
            failed = not v
        elif op == DICT_MERGE:
            failed = not dict_merge_star(regs[a], regs[ins[2]], regs[ins[3]])
        elif op == CALL_EX:
            v = call_ex(regs[ins[2]], regs[ins[3]], regs[ins[4]])
            regs[a] = v
            failed = not v
        elif op == CHECK_METHOD:            # the name operands are encoded as their caches (image.py)
            failed = not cached_check_method(regs[a], cast(Ptr[Word], ins[2]))
        elif op == CALL_METHOD:
            v = cached_call_method(regs[ins[2]], regs + ins[4], ins[5], cast(Ptr[Word], ins[3]))
            regs[a] = v
            failed = not v
        elif op == GET_ATTR:
            v = cached_get_attr(regs[ins[2]], cast(Ptr[Word], ins[3]))
            regs[a] = v
            failed = not v
        elif op == SET_ATTR:
            failed = not cached_set_attr(regs[a], regs[ins[3]], cast(Ptr[Word], ins[2]))
        elif op == RETURN:
            return regs[a]
        elif op == BUILD_TUPLE or op == BUILD_LIST:
            v = tuple_from_items(regs + ins[2], ins[3]) if op == BUILD_TUPLE else list_from_items(regs + ins[2], ins[3])
            regs[a] = v
            failed = not v
        elif op == LIST_APPEND:
            failed = not list_append(regs[a], regs[ins[2]])
        elif op == BUILD_MAP:
            v = dict_from_pairs(regs + ins[2], ins[3])
            regs[a] = v
            failed = not v
        elif op == MAP_ADD:
            failed = not dict_set(regs[a], regs[ins[2]], regs[ins[3]])
        elif op == DICT_UPDATE:
            failed = not dict_update_display(regs[a], regs[ins[2]])
        elif op == BUILD_SET:
            v = set_from_items(regs + ins[2], ins[3])
            regs[a] = v
            failed = not v
        elif op == SET_ADD:
            failed = not set_add_key(regs[a], regs[ins[2]])
        elif op == SET_UPDATE:
            failed = not set_update_display(regs[a], regs[ins[2]])
        elif op == GET_ITEM:
            v = getitem(regs[ins[2]], regs[ins[3]])
            regs[a] = v
            failed = not v
        elif op == SET_ITEM:
            failed = not setitem(regs[a], regs[ins[2]], regs[ins[3]])
        elif op == GET_SLICE:
            first = ins[3]
            v = getslice(regs[ins[2]], regs[first], regs[first + 1], regs[first + 2])
            regs[a] = v
            failed = not v
        elif op == UNPACK:
            failed = not unpack(regs[ins[3]], ins[2], regs + a)
        elif op == GET_ITER:
            v = get_iter(regs[ins[2]])
            regs[a] = v
            failed = not v
        elif op == FOR_ITER:
            v = iter_next(regs[ins[2]])
            if v:
                regs[a] = v
            elif pending:
                failed = True
            else:
                pc = ins[3]
        elif op == RANGE_START:
            failed = not range_start(regs + ins[3], ins[4], regs + a)
        elif op == RANGE_NEXT:
            more = range_step(regs + ins[2], regs + a)
            if more < 0:
                failed = True
            elif more == 0:
                pc = ins[4]
        elif op == MAKE_FUNCTION:
            v = make_function(cast(Ptr[Code], code.consts[ins[2]]), regs + ins[3], ins[4])
            regs[a] = v
            failed = not v
        elif op == MAKE_CELL:
            v = cell_new(regs[ins[2]])
            regs[a] = v
            failed = not v
        elif op == COPY_FREE_VARS:
            closure = cast(Ptr[Tuple], cast(Ptr[Function], f).closure)
            for i in range(ins[2]):
                regs[a + i] = closure.items[i]
        elif op == LOAD_DEREF:
            v = cast(Ptr[Cell], regs[ins[2]]).contents
            if not v:
                unbound_variable(ins[3], ins[4])
            regs[a] = v
            failed = not v
        elif op == STORE_DEREF:
            cast(Ptr[Cell], regs[a]).contents = regs[ins[2]]
        elif op == DELETE_DEREF:
            cell = cast(Ptr[Cell], regs[a])
            if not cell.contents:
                unbound_variable(ins[2], ins[3])
                failed = True
            cell.contents = cast(Word, 0)
        elif op == IMPORT:
            v = import_module(code.names[ins[2]])
            regs[a] = v
            failed = not v
        elif op == UNBIND:
            regs[a] = cast(Word, 0)
        elif op == UNBIND_GLOBAL or op == DELETE_GLOBAL:
            failed = not global_delete(cast(Ptr[Namespace], code.namespace), a, op == DELETE_GLOBAL)
        elif op == DEL_ITEM:
            failed = not delitem(regs[a], regs[ins[2]])
        elif op == DEL_SLICE or op == SET_SLICE:
            first = ins[2]
            if op == DEL_SLICE:
                failed = not delslice(regs[a], regs[first], regs[first + 1], regs[first + 2])
            else:
                failed = not setslice(regs[a], regs[first], regs[first + 1], regs[first + 2], regs[ins[4]])
        elif op == DEL_ATTR:
            failed = not del_attr(regs[a], code.names[ins[2]])
        elif op == UNPACK_EX:
            failed = not unpack_ex(regs[ins[3]], ins[2], ins[4], regs + a)
        elif op == LIST_EXTEND:
            failed = not list_extend_star(regs[a], regs[ins[2]])
        elif op == GLOBALS or op == LOCALS:
            v = module_namespace(cast(Ptr[Namespace], code.namespace)) if op == GLOBALS else record_locals(record)
            regs[a] = v
            failed = not v
        elif op == RAISE or op == RAISE_FROM:
            do_raise(regs[a], regs[ins[2]] if op == RAISE_FROM else cast(Word, 0), 1 if op == RAISE_FROM else 0)
            failed = True
        elif op == RAISE_ACTIVE:
            if reraise_active() == 1:
                pc = handle(code, record, pc - 1)
                if pc < 0:
                    return cast(Word, 0)
            else:
                failed = True
        elif op == RERAISE:
            if ins[2] == 2:
                lasti_of_raise(record, regs[a])
            set_pending(regs[a])
            pc = handle(code, record, pc - 1)
            if pc < 0:
                return cast(Word, 0)
        elif op == PUSH_EXC_INFO:
            exc = regs[ins[2]]
            regs[a] = handling
            if handling == resumer_handling and code.flags & CO_SUSPENDS:
                regs[a] = cast(Word, CALLERS)               # (whoever resumes it next may handle another)
            set_handling(exc)
        elif op == POP_EXC_INFO:
            set_handling(resumer_handling if regs[a] == cast(Word, CALLERS) else regs[a])
        elif op == CHECK_EXC_MATCH:
            r = exception_matches(regs[ins[2]], regs[ins[3]])
            regs[a] = bool_word(r == 1)
            failed = r < 0
        elif op == BEFORE_WITH:
            failed = not with_enter(regs[ins[3]], regs + a)
        elif op == WITH_EXCEPT_START:
            v = with_exit_exception(regs[ins[2]], regs[ins[3]])
            regs[a] = v
            failed = not v
        elif op == TINY_ADD:
            v = tiny_add(regs[ins[2]], regs[ins[3]])
            regs[a] = v
            failed = not v
        elif op == TINY_CALL:
            v = tiny_call(regs[ins[2]], regs[ins[3]])
            regs[a] = v
            failed = not v
        elif op == TINY_PRINT:
            failed = not tiny_print(regs[a])
        elif op == FORMAT_VALUE:
            v = format_conversion(regs[ins[2]], ins[3], regs[ins[4]] if ins[5] else cast(Word, 0))
            regs[a] = v
            failed = not v
        elif op == BUILD_STRING:
            v = build_string(regs + ins[2], ins[3])
            regs[a] = v
            failed = not v
        elif op == YIELD_VALUE:
            yield_pc = pc
            yield_target = a
            return regs[ins[2]]
        elif op == YIELD_FROM:
            v = delegate_send(regs[ins[2]], regs[ins[3]])
            if not v:
                failed = True
            elif delegate_returned:
                regs[a] = v
            else:
                yield_pc = pc - 1       # resumed, it sends the value in ins[3] on
                yield_target = ins[3]
                return v
        elif op == GET_AWAITABLE or op == GET_AITER or op == GET_ANEXT:
            x = regs[ins[2]]
            v = get_awaitable(x, ins[3]) if op == GET_AWAITABLE else (get_aiter(x) if op == GET_AITER else get_anext(x))
            regs[a] = v
            failed = not v
        elif op == BEFORE_ASYNC_WITH:
            failed = not context_enter(regs[ins[3]], regs + a, True)
        elif op == CLOSE_ITER:
            failed = not close_loop_iterator(regs[a], regs[ins[2]])
        elif op == INTROSPECT:
            v = introspect(record, regs[ins[2]], code.nlocals)
            regs[a] = v
            failed = not v
        else:
            unreachable()
        if failed:
            record[RECORD_LASTI] = (pc - 1) * 2 + 1
            traceback_here(record)
            pc = handle(code, record, pc - 1)
            if pc < 0:
                return cast(Word, 0)


def load_global(code: Ptr[Code], operands: Ptr[i64]) -> Word:
    """A global (operands: its slot, then what image.py encodes after it: the builtin the name falls
    back to, 1 for a builtin pyvm lacks, or 0; the name): its value, else that builtin, else NameError."""
    v = code.globals[operands[0]]
    if not v:
        if operands[1] > 1:
            v = cast(Word, operands[1])
        elif operands[1] == 1:
            builtin_not_supported(cast(Ptr[u8], operands[2]))
        else:
            name_error(cast(Ptr[u8], operands[2]))
    return v


@inline
def keeps_lasti(op: i64, ins: Ptr[i64]) -> bool:
    """The instructions that leave the frame's line where it was, as in compiled code (which records
    it only where something may look): an exception handler's bookkeeping, and a re-raise that
    passes on the exception raised in the handler from the line that raised it."""
    return (op == PUSH_EXC_INFO or op == POP_EXC_INFO or op == UNBIND or op == STORE_DEREF
            or op == DELETE_DEREF or (op == RERAISE and ins[2] != 0))


def handle(code: Ptr[Code], record: Ptr[i64], at: i64) -> i64:
    """The pending exception raised by instruction `at`: where its handler starts, with the exception in
    the handler's register, or -1 when it leaves the function (NotSupported passes every handler)."""
    for k in range(code.nhandlers):
        entry = code.handlers + 4 * k
        if entry[0] <= at and at < entry[1]:
            if not pending_is_catchable():
                return -1
            regs = cast(Ptr[Word], record + FRAME_HEADER)
            regs[entry[3]] = take_pending()
            return entry[2]
    return -1


def jump(code: Ptr[Code], pc: i64, target: i64) -> i64:
    """Where a jump from pc goes. A jump back to a loop's header counts toward tier-up; once the code
    is hot, its frame goes on in compiled code from the header (osr_header set, run_code calls it)."""
    global osr_header
    if target >= pc or not tier_up_after:
        return target
    code.heat += 1
    if code.heat >= tier_up_after and not code.flags & CO_SUSPENDS and tier_up(code, target):
        osr_header = target             # (generator code moves up at its next resumption: resume)
    return target


def truth(v: Word) -> i64:
    """bool(v): 1, 0, or -1 after raising."""
    if v == cast(Word, TRUE):
        return 1
    if v == cast(Word, FALSE) or v == cast(Word, NONE):
        return 0
    if is_small(v):
        return 0 if v == small(0) else 1
    return truthy(v)


def small_int_binary(op: i64, x: Word, y: Word) -> Word:
    """x + y and x - y on small ints that stay small; the null Word for anything else."""
    if not is_small(x) or not is_small(y):
        return cast(Word, 0)
    if op == 0:
        r, overflow = add_ovf(cast(i64, x), cast(i64, y) - 1)
        if not overflow:
            return cast(Word, r)
    elif op == 1:
        r, overflow = sub_ovf(cast(i64, x), cast(i64, y) - 1)
        if not overflow:
            return cast(Word, r)
    return cast(Word, 0)


def small_compare(op: i64, x: i64, y: i64) -> bool:
    """An ordering of two small ints (tagged alike, so compared as they are)."""
    if op == 0:
        return x < y
    if op == 1:
        return x <= y
    if op == 2:
        return x == y
    if op == 3:
        return x != y
    if op == 4:
        return x > y
    return x >= y


def range_step(state: Ptr[Word], out: Ptr[Word]) -> i64:
    """RANGE_NEXT: 1 with the next item in out, 0 at the end, -1 after raising."""
    counter = state[0]
    stop = state[1]
    step = state[2]
    if is_small(counter) and is_small(stop) and is_small(step):
        up = cast(i64, step) > 1
        if (up and cast(i64, counter) >= cast(i64, stop)) or (not up and cast(i64, counter) <= cast(i64, stop)):
            return 0
        following, overflow = add_ovf(cast(i64, counter), cast(i64, step) - 1)
        if not overflow:
            out[0] = counter
            state[0] = cast(Word, following)
            return 1
    return range_next(state, out)


def unbound_variable(name: i64, free: i64) -> None:
    if free:
        unbound_free_error(cast(Ptr[u8], name))
    else:
        unbound_local_error(cast(Ptr[u8], name))
