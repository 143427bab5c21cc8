"""Generators (issue 21, docs/generators.md; DESIGN.md 14): the object calling a generator function
makes, and its protocol (next, send, throw, close, yield from), as CPython 3.11's genobject.c.

Coroutines (`async def`) and async generators are the same object with another type (COROUTINE_TYPE,
ASYNC_GENERATOR_TYPE): the protocol below words its messages after the kind; what only they have
(await, __await__, asend, athrow, ...) is in coroutines.py.

A generator keeps its frame's registers in a tuple on the heap while it is suspended, which the
collector traces and moves like any object. Resuming pushes a frame record on the interpreter's
stack of records (`interpreter.resume`), copies the registers in and goes on after the yield; a
yield copies them back. Hot generator code runs there in LLVM's code (the code's resume entry,
jit/codegen.py build_resume) instead of `execute`.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, NONE, small, none_word, bool_word, has_type
from pyvm.runtime.errors import (ExceptionObject, pending, handling, set_pending, set_handling, clear, raise_msg,
                                 raise_word, raise_text, raise_message, raise_not_supported, raise_memory_error,
                                 exception_new, TYPE_ERROR, VALUE_ERROR, RUNTIME_ERROR, ATTRIBUTE_ERROR, STOP_ITERATION,
                                 GENERATOR_EXIT, STOP_ASYNC_ITERATION)
from pyvm.runtime.function import Code, Function, CO_COROUTINE, CO_ASYNC_GENERATOR
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.calls import call_ex
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.ops import (iter_next, iterator_slots, is_subtype, type_of_value, call_method, get_attr, object_setattr,
                              setattr_not_supported)
from pyvm.runtime.exceptions import is_exception, is_exception_class
from pyvm.runtime.builtins import BuiltinFunction, name_is, no_keywords, raise_arg_count
from pyvm.runtime.functionattrs import function_name, function_qualname, named_repr
from pyvm.runtime.frameobj import FrameObject, TracebackObject, frame_of
from pyvm.gc.heap import collect, watch, take_kept, set_dead_hook, watched, watched_count
from pyvm.runtime.object import add_method
from pyvm.baseline.interpreter import (resume, bind_parameters, YIELD_FROM, WIDTH, LOAD_BUILTIN, CHECK_EXC_MATCH,
                                      JUMP_IF_FALSE, PUSH_EXC_INFO, POP_EXC_INFO, RERAISE)

CREATED = 0
SUSPENDED = 1
RUNNING = 2
FINISHED = 3


class Generator(Object, name="generator"):
    code: Ptr[Code]            # a static object
    func: Word                 # the function called (its closure, its name)
    regs: Word                 # a tuple of the frame's registers while it is not running; 0 once finished
    frame: Word                # its frame object, once asked for (0 until then, and once finished)
    exc: Word                  # the exception its frame was handling when it yielded (0: none)
    state: i64
    pc: i64                    # where it goes on
    target: i64                # the register that receives the value sent in (-1: none, not started)
    lasti: i64                 # the frame record's lasti (tagged) when it stopped
    record: i64                # its frame record while it runs
    serial: i64                # its creation order
    in_try: bool               # it stopped once where an exception handler covers, or in yield from (watched)
    closed: bool               # an async generator's ag_closed: its anext() ends the iteration at once
    running_async: bool        # an async generator's ag_running: an asend or athrow of it is being awaited


@inline
def gen(w: Word) -> Ptr[Generator]:
    return cast(Ptr[Generator], w)


GENERATOR_TYPE = type_of(Generator)
COROUTINE_TYPE = static_type(Generator, "coroutine")
ASYNC_GENERATOR_TYPE = static_type(Generator, "async_generator")
never_awaited: i64 = 0             # coroutines made and neither started nor closed (see close_at_exit)
returned: bool = False             # set by generator_send: the generator returned (else it yielded)
stop_value: Word = cast(Word, 0)   # the value the last generator finished through its next slot returned


def generator_new(code: Ptr[Code], args: Ptr[Word], n: i64, f: Word) -> Word:
    """Calling a generator function: its parameters bound in args (interpreter.run_code's contract),
    none of its code run yet."""
    global never_awaited, created
    regs = new(Tuple, code.nregs)
    if not regs:
        return cast(Word, 0)
    g = new(Generator)
    if not g:
        return cast(Word, 0)
    g.code = code
    g.func = f
    g.regs = cast(Word, regs)
    g.target = -1
    g.lasti = -1                        # (tagged: instruction -1, at the def's line, frameobj.line_at)
    if code.flags & CO_COROUTINE:
        g.type = COROUTINE_TYPE
        never_awaited += 1
    elif code.flags & CO_ASYNC_GENERATOR:
        g.type = ASYNC_GENERATOR_TYPE
    g.serial = created
    created += 1
    bind_parameters(code, cast(Ptr[Word], regs.items), args, n, f)
    return cast(Word, g)


@inline
def kind_text(gw: Word, generator: Ptr[u8], coroutine: Ptr[u8], async_generator: Ptr[u8]) -> Ptr[u8]:
    """The one of three texts for gw's kind: a generator, a coroutine or an async generator."""
    t = gen(gw).type
    return coroutine if t == COROUTINE_TYPE else (async_generator if t == ASYNC_GENERATOR_TYPE else generator)


@inline
def is_generator_object(w: Word) -> bool:
    """A generator or a coroutine: what yield from and await resume directly (CPython's SEND)."""
    return has_type(w, GENERATOR_TYPE) or has_type(w, COROUTINE_TYPE)


def generator_send(gw: Word, value: Word, throwing: bool) -> Word:
    """CPython's gen_send_ex2: resume the generator with value sent in, or (throwing) with the pending
    exception raised at its yield. The value it yielded (`returned` False), the value it returned
    (`returned` True), or the null Word with an exception pending."""
    global returned
    g = gen(gw)
    returned = False
    if g.state == CREATED and not throwing and value != cast(Word, NONE):
        return raise_msg(TYPE_ERROR, kind_text(gw, "can't send non-None value to a just-started generator",
                                               "can't send non-None value to a just-started coroutine",
                                               "can't send non-None value to a just-started async generator"))
    if g.state == RUNNING:
        return already_executing(gw)
    if g.state == FINISHED:
        if g.type == COROUTINE_TYPE:
            return raise_msg(RUNTIME_ERROR, "cannot reuse already awaited coroutine")
        if throwing:
            return cast(Word, 0)
        returned = True
        return none_word()
    started(g)
    r = resume(gw, value, throwing)
    returned = False                    # (generators it resumed in turn set it too)
    if gen(gw).state != FINISHED:
        # (code without a try statement, the usual case, skips the search at every item)
        if (not gen(gw).in_try and ((gen(gw).code.nhandlers != 0 and in_handler_range(gen(gw))) or delegate(gw))
                and not note_in_try(gw)):
            return cast(Word, 0)
        return r
    if r:
        returned = True
        return r
    if pending and is_subtype(type_of_value(pending), STOP_ITERATION):
        # PEP 479: a StopIteration raised inside becomes a RuntimeError it caused
        cause = pending
        clear()
        raise_msg(RUNTIME_ERROR, kind_text(gw, "generator raised StopIteration", "coroutine raised StopIteration",
                                           "async generator raised StopIteration"))
        caused_by(cause, RUNTIME_ERROR)
    elif pending and has_type(gw, ASYNC_GENERATOR_TYPE) and is_subtype(type_of_value(pending), STOP_ASYNC_ITERATION):
        cause = pending
        clear()
        raise_msg(RUNTIME_ERROR, "async generator raised StopAsyncIteration")
        caused_by(cause, RUNTIME_ERROR)
    return cast(Word, 0)


def already_executing(gw: Word) -> Word:
    return raise_msg(VALUE_ERROR, kind_text(gw, "generator already executing", "coroutine already executing",
                                            "async generator already executing"))


def caused_by(cause: Word, kind: Ptr[Type]) -> None:
    """The pending exception, of kind if raising it did not fail, was caused by cause (CPython's
    _PyErr_FormatFromCause)."""
    e = cast(Ptr[ExceptionObject], pending)
    if e.type == kind:
        e.cause = cause
        e.context = cause
        e.suppress_context = 1


@inline
def started(g: Ptr[Generator]) -> None:
    """g leaves its created state: a coroutine is awaited (or closed) now."""
    global never_awaited
    if g.state == CREATED and g.type == COROUTINE_TYPE:
        never_awaited -= 1


def generator_next(gw: Word) -> Word:
    """The next slot: the item, or the null Word with nothing pending once it returned (its return
    value kept in stop_value for next())."""
    global stop_value
    r = generator_send(gw, none_word(), False)
    if r and returned:
        stop_value = r
        return cast(Word, 0)
    return r


def take_stop_value() -> Word:
    """What the generator next() exhausted last returned, or 0 (then forgotten)."""
    global stop_value
    v = stop_value
    stop_value = cast(Word, 0)
    return v


def raise_stop_iteration(value: Word) -> Word:
    """StopIteration(value), or StopIteration() for None."""
    stop = exception_new(STOP_ITERATION, addr(value), 0 if value == cast(Word, NONE) else 1, cast(Word, 0))
    if not stop:
        return stop
    return raise_word(stop)


def sent_result(r: Word) -> Word:
    """send()'s and throw()'s answer to what generator_send gave: a value returned is StopIteration."""
    if r and returned:
        return raise_stop_iteration(r)
    return r


# -- generators left suspended in a try statement ---------------------------------------------------

# CPython closes a generator when it frees it: at once by reference counting, or at exit (its cyclic
# collector frees the module's namespace), which runs the finally and except clauses around its
# yield. pyvm's collector holds every generator that stopped inside a try statement weakly
# (gc.heap.watch). At exit, those still reachable are closed in creation order, as CPython's
# finalization mostly closes them (docs/generators.md); one that died before while suspended there
# was closed by CPython at a moment pyvm cannot know, and stops the program with NotSupported at
# exit (the collector keeps the first: `dead_in_try`).
created: i64 = 0                   # generators made so far: Generator.serial, their creation order
exit_closed: Word = cast(Word, 0)  # the generator close_at_exit closed last


def in_handler_range(g: Ptr[Generator]) -> bool:
    return handler_of(g.code, g.lasti >> 1) != null(i64)


def handler_of(code: Ptr[Code], at: i64) -> Ptr[i64]:
    """The exception table's entry for instruction at (inner handlers come first), or null."""
    for k in range(code.nhandlers):
        entry = code.handlers + 4 * k
        if entry[0] <= at and at < entry[1]:
            return entry
    return null(i64)


def closes_quietly(g: Ptr[Generator]) -> bool:
    """Whether close() would run none of the program's code: the GeneratorExit thrown at its yield
    passes only except clauses naming builtin exception classes it is no instance of
    (`except ValueError:`), compiled as docs/exceptions.md shows; any other handler runs code."""
    code = g.code
    at = g.lasti >> 1
    for steps in range(100):
        entry = handler_of(code, at)
        if not entry:
            return True                 # GeneratorExit leaves the frame: close() is done
        e = entry[3]
        pc = entry[2]
        ins = code.ins + pc * WIDTH
        if ins[0] != PUSH_EXC_INFO or ins[2] != e:
            return False
        pc += 1
        ins = code.ins + pc * WIDTH
        while ins[0] == LOAD_BUILTIN:   # except C: ... with C builtin: matched, or on to pc
            match = ins + WIDTH
            test = ins + 2 * WIDTH
            if (match[0] != CHECK_EXC_MATCH or match[2] != e or match[3] != ins[1] or test[0] != JUMP_IF_FALSE
                    or test[1] != match[1] or not is_exception_class(cast(Word, ins[2]))
                    or is_subtype(GENERATOR_EXIT, cast(Ptr[Type], ins[2]))):
                return False
            pc = test[2]
            ins = code.ins + pc * WIDTH
        reraise = ins + WIDTH
        if ins[0] != POP_EXC_INFO or reraise[0] != RERAISE or reraise[1] != e or reraise[2] != 0:
            return False
        at = pc + 1                     # re-raised: to the handler around this one
    return False


@inline
def suspended_in_try(g: Ptr[Generator]) -> bool:
    return g.state == SUSPENDED and in_handler_range(g)


def note_in_try(gw: Word) -> bool:
    """Hold gw weakly for close_at_exit (a generator in yield from too: closed first, as CPython's
    finalization does, it closes its delegate); False after MemoryError."""
    gen(gw).in_try = True
    if not watch(gw):
        raise_memory_error()
        return False
    return True


def dead_in_try(gw: Word) -> bool:
    """The collector's question about a watched generator that died: keep it for NotSupported?
    Not when closing it would have run none of the program's code."""
    return suspended_in_try(gen(gw)) and not closes_quietly(gen(gw))


def close_at_exit(globals: Ptr[Word], nglobals: i64) -> i64:
    """At exit, close one generator still suspended in a try statement (or in yield from), as
    CPython's finalization does (docs/generators.md): those module globals refer to first, then the
    others, each in creation order. 1, or 2 with the exception its close raised pending (for
    "Exception ignored in"), the generator in exit_closed; 0 when none is left; 3 with NotSupported
    pending, raised at its yield, for one that died suspended in a try statement, or for a coroutine
    never awaited."""
    global exit_closed
    if never_awaited:                   # CPython warns when it frees one, which pyvm cannot tell
        raise_not_supported("a coroutine never awaited (CPython warns when it frees it: "
                            "RuntimeWarning: coroutine ... was never awaited)", "", "")
        return 3
    collect(0)                          # (what died, and a copy of the dead one kept)
    dead = take_kept()
    if dead:
        raise_not_supported("a generator left suspended in a try statement became garbage (CPython "
                            "runs its finally and except clauses when it frees the generator)", "", "")
        frame = generator_frame(dead)
        tb = new(TracebackObject)
        if frame and tb:
            tb.frame = frame
            tb.lasti = gen(dead).lasti >> 1
            cast(Ptr[ExceptionObject], pending).traceback = cast(Word, tb)
        return 3
    first = cast(Word, 0)
    first_global = False
    for i in range(watched_count):
        gw = cast(Word, watched[i])
        if not suspended_in_try(gen(gw)) and not delegate(gw):
            continue
        is_global = refers_to(globals, nglobals, gw)
        if (not first or (is_global and not first_global)
                or (is_global == first_global and gen(gw).serial < gen(first).serial)):
            first = gw
            first_global = is_global
    if not first:
        return 0
    exit_closed = first
    return 1 if generator_close(first) else 2


def close_loop_iterator(it: Word, callee: Word) -> bool:
    """CLOSE_ITER: a for loop over callee(...) left by break or return. A generator of callee's is one
    calling it made, which the loop alone held: CPython frees it there, closing it. False with an
    exception pending."""
    if not has_type(it, GENERATOR_TYPE) or gen(it).func != callee or gen(it).state != SUSPENDED:
        return True
    if generator_close(it):
        return True
    clear()
    raise_not_supported("an error closing the generator a for loop left (CPython reports it as "
                        "\"Exception ignored in\" and goes on)", "", "")
    return False


def refers_to(words: Ptr[Word], n: i64, w: Word) -> bool:
    for i in range(n):
        if words[i] == w:
            return True
    return False


# -- yield from -----------------------------------------------------------------------------------

delegate_returned: bool = False    # set by delegate_send: the iterator is exhausted (its result returned)


def delegate_send(it: Word, value: Word) -> Word:
    """One step of yield from: value sent to the iterator it (next() for None). What it yielded, or
    (delegate_returned) what it returned; the null Word with an exception pending."""
    global delegate_returned
    delegate_returned = False
    r = cast(Word, 0)
    if is_generator_object(it):
        r = generator_send(it, value, False)
        delegate_returned = returned
        return r
    if value == cast(Word, NONE) and not type_of_value(it).dict:
        r = iter_next(it)
    else:
        # send(value), or a class's __next__ itself: its StopIteration's value is the result, which
        # the next slot would drop
        name = str_from_cstr("send" if value != cast(Word, NONE) else "__next__")
        if not name:
            return name
        r = call_method(it, name, addr(value), 1 if value != cast(Word, NONE) else 0)
    return delegate_outcome(r)


def delegate_outcome(r: Word) -> Word:
    """An iterator's step that is not a generator's: exhausted (nothing pending, or StopIteration,
    whose value is the result) or not."""
    global delegate_returned
    delegate_returned = False           # (code the step ran may have set it)
    if r:
        return r
    if not pending:
        delegate_returned = True
        return none_word()
    if is_subtype(type_of_value(pending), STOP_ITERATION):
        e = cast(Ptr[Tuple], cast(Ptr[ExceptionObject], pending).args)
        clear()
        delegate_returned = True
        return e.items[0] if e.size > 0 else none_word()
    return r


def delegate(gw: Word) -> Word:
    """gi_yieldfrom: the iterator a suspended generator delegates to, or 0."""
    g = gen(gw)
    if g.state != SUSPENDED:
        return cast(Word, 0)
    ins = g.code.ins + g.pc * WIDTH
    if ins[0] != YIELD_FROM:
        return cast(Word, 0)
    return cast(Ptr[Tuple], g.regs).items[ins[2]]


def finish_delegation(gw: Word, r: Word) -> Word:
    """The generator's yield from whose delegate gave r to a throw: its value if it yielded; else
    the generator goes on, past the yield from with the delegate's result, or raising its error."""
    global returned
    if r and not delegate_returned:
        returned = False
        return r
    g = gen(gw)
    ins = g.code.ins + g.pc * WIDTH
    if r:
        g.pc += 1
        g.target = ins[1]
        return generator_send(gw, r, False)
    return generator_send(gw, cast(Word, 0), True)


throw_args: Ptr[Word] = null(Word)   # the arguments of the throw() being passed on (0: none)
throw_nargs: i64 = 0


def delegate_throw(it: Word, exc: Word) -> Word:
    """throw(exc) passed on to a delegate (CPython's _gen_throw with gi_yieldfrom): a generator's,
    or the iterator's throw method; 0 with nothing pending when it has none."""
    global delegate_returned
    delegate_returned = False
    if is_generator_object(it):
        set_pending(exc)
        r = generator_throw_pending(it)
        delegate_returned = returned
        return r
    name = str_from_cstr("throw")
    if not name or not has_method(it, name):
        return cast(Word, 0)
    if throw_nargs:                     # as CPython, the arguments throw() was given, as they were
        r = call_method(it, name, throw_args, throw_nargs)
    else:
        r = call_method(it, name, addr(exc), 1)
    return delegate_outcome(r)


def has_method(it: Word, name: Word) -> bool:
    """Whether it has the attribute name (CPython's _PyObject_LookupAttr): False with nothing pending
    when an AttributeError says it has not, False with another error pending."""
    if get_attr(it, name):
        return True
    if is_subtype(type_of_value(pending), ATTRIBUTE_ERROR):
        clear()
    return False


def delegate_close(it: Word) -> bool:
    """close() passed on to a delegate: a generator's, or the iterator's close method if it has one."""
    if is_generator_object(it):
        return generator_close(it) != cast(Word, 0)
    name = str_from_cstr("close")
    if not name:
        return False
    if not has_method(it, name):
        return not pending
    return call_method(it, name, null(Word), 0) != cast(Word, 0)


# -- throw and close -------------------------------------------------------------------------------

def generator_throw_pending(gw: Word) -> Word:
    """The pending exception thrown in at the generator's yield, through its delegate first (as
    generator_send's result)."""
    exc = pending
    yf = delegate(gw)
    if yf:
        if is_subtype(type_of_value(exc), GENERATOR_EXIT):
            clear()
            gen(gw).state = RUNNING         # (the delegate cannot resume this generator meanwhile)
            closed = delegate_close(yf)
            gen(gw).state = SUSPENDED
            if closed:
                set_pending(exc)
            return generator_send(gw, cast(Word, 0), True)
        clear()
        gen(gw).state = RUNNING
        r = delegate_throw(yf, exc)
        gen(gw).state = SUSPENDED
        if r or pending:
            return finish_delegation(gw, r)
        set_pending(exc)                    # no throw method: raised at the yield from
    return generator_send(gw, cast(Word, 0), True)


def exception_to_throw(args: Ptr[Word], n: i64) -> Word:
    """throw(type[, value[, traceback]])'s exception, as CPython normalizes it; 0 after TypeError."""
    typ = args[0]
    value = args[1] if n > 1 else none_word()
    if n > 2 and args[2] != cast(Word, NONE):
        return raise_msg(TYPE_ERROR, "throw() third argument must be a traceback object")
    if is_exception(typ):
        if value != cast(Word, NONE):
            return raise_msg(TYPE_ERROR, "instance exception may not have a separate value")
        return typ
    if not is_exception_class(typ):
        return raise_text(TYPE_ERROR, "exceptions must be classes or instances deriving from BaseException, not ",
                          type_of_value(typ).name, "", "", "")
    t = cast(Ptr[Type], typ)
    if value == cast(Word, NONE):
        return t.call(t, null(Word), 0, cast(Word, 0))
    if is_exception(value) and is_subtype(type_of_value(value), t):
        return value
    if has_type(value, type_of(Tuple)):
        return call_ex(typ, value, none_word())
    return t.call(t, addr(value), 1, cast(Word, 0))


def generator_close(gw: Word) -> Word:
    """close(): GeneratorExit thrown in at its yield; None, or the null Word after an error (the
    generator yielded again: RuntimeError)."""
    g = gen(gw)
    if g.state == CREATED or g.state == FINISHED:
        started(g)
        g.state = FINISHED
        g.regs = cast(Word, 0)
        g.frame = cast(Word, 0)
        return none_word()
    if g.state == RUNNING:
        return already_executing(gw)
    exit = exception_new(GENERATOR_EXIT, null(Word), 0, cast(Word, 0))
    if not exit:
        return exit
    set_pending(exit)
    r = generator_throw_pending(gw)
    if r and not returned:
        return raise_msg(RUNTIME_ERROR, kind_text(gw, "generator ignored GeneratorExit",
                                                  "coroutine ignored GeneratorExit",
                                                  "async generator ignored GeneratorExit"))
    if r:
        return none_word()
    t = type_of_value(pending)
    if is_subtype(t, GENERATOR_EXIT) or is_subtype(t, STOP_ITERATION):
        clear()
        return none_word()
    return r


# -- what Python sees ------------------------------------------------------------------------------

def generator_send_method(gw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "send()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count(kind_text(gw, "generator.send() takes exactly one argument (",
                                         "coroutine.send() takes exactly one argument (", ""), n, " given)")
    return sent_result(generator_send(gw, args[0], False))


def generator_throw_method(gw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    global throw_args, throw_nargs
    exc = throw_arguments(args, n, kwnames)
    if not exc:
        return exc
    outer_args = throw_args
    outer_nargs = throw_nargs
    throw_args = args
    throw_nargs = n
    set_pending(exc)
    r = generator_throw_pending(gw)
    throw_args = outer_args
    throw_nargs = outer_nargs
    return sent_result(r)


def throw_arguments(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """The exception throw(type[, value[, traceback]]) throws; 0 after TypeError."""
    if not no_keywords(kwnames, "throw()"):
        return cast(Word, 0)
    if n < 1:
        return raise_arg_count("throw expected at least 1 argument, got ", n, "")
    if n > 3:
        return raise_arg_count("throw expected at most 3 arguments, got ", n, "")
    return exception_to_throw(args, n)


def generator_close_method(gw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "close()"):
        return cast(Word, 0)
    if n != 0:
        return raise_arg_count(kind_text(gw, "generator.close() takes no arguments (",
                                         "coroutine.close() takes no arguments (", ""), n, " given)")
    return generator_close(gw)


def generator_next_method(gw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kw_given(kwnames):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    r = generator_send(gw, none_word(), False)
    if r and returned:
        return raise_stop_iteration(r)
    if not r and not pending:
        return raise_stop_iteration(none_word())
    return r


def generator_iter_method(gw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kw_given(kwnames):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    return gw


@inline
def kw_given(kwnames: Word) -> bool:
    return kwnames != cast(Word, 0)


GEN_SEND = static(BuiltinFunction, name="send", method=generator_send_method)
GEN_THROW = static(BuiltinFunction, name="throw", method=generator_throw_method)
GEN_CLOSE = static(BuiltinFunction, name="close", method=generator_close_method)
GEN_NEXT = static(BuiltinFunction, name="__next__", method=generator_next_method)
GEN_ITER = static(BuiltinFunction, name="__iter__", method=generator_iter_method)


def generator_name(gw: Word, qualified: bool) -> Word:
    """The name and qualname of the function it came of, as they were when it was called."""
    f = gen(gw).func
    return function_qualname(f) if qualified else function_name(f)


def generator_frame(gw: Word) -> Word:
    """gi_frame: None once finished; else its frame object, made on first request (reading the live
    record while it runs, else the registers it keeps)."""
    g = gen(gw)
    if g.state == FINISHED:
        return none_word()
    if g.state == RUNNING:
        return frame_of(cast(Ptr[i64], g.record))
    if g.frame:
        return g.frame
    f = new(FrameObject)
    if not f:
        return cast(Word, 0)
    g = gen(gw)
    f.code = cast(Word, g.code)
    f.values = g.regs
    f.lasti = g.lasti >> 1
    g.frame = cast(Word, f)
    return cast(Word, f)


def generator_get_attr(gw: Word, name: Word) -> Word:
    """gi_running, gi_code, ...: cr_ for a coroutine, ag_ for an async generator (whose ag_running is
    whether an asend or athrow of it is being awaited, and which has no ag_suspended)."""
    g = gen(gw)
    if name_is(name, kind_text(gw, "gi_running", "cr_running", "ag_running")):
        if g.type == ASYNC_GENERATOR_TYPE:
            return bool_word(g.running_async)
        return bool_word(g.state == RUNNING)
    if name_is(name, kind_text(gw, "gi_code", "cr_code", "ag_code")):
        return cast(Word, g.code)
    if name_is(name, kind_text(gw, "gi_frame", "cr_frame", "ag_frame")):
        return generator_frame(gw)
    if name_is(name, kind_text(gw, "gi_yieldfrom", "cr_await", "ag_await")):
        yf = delegate(gw)
        return yf if yf else none_word()
    if name_is(name, kind_text(gw, "gi_suspended", "cr_suspended", "")):
        return bool_word(g.state == SUSPENDED)
    if g.type == COROUTINE_TYPE and name_is(name, "cr_origin"):
        return none_word()              # (sys.set_coroutine_origin_tracking_depth is not there)
    if name_is(name, "__name__"):
        return generator_name(gw, False)
    if name_is(name, "__qualname__"):
        return generator_name(gw, True)
    return cast(Word, 0)


def generator_setattr(gw: Word, name: Word, value: Word) -> bool:
    """The gi_ attributes are read-only; __name__ and __qualname__, which CPython lets a program set,
    are not supported yet; anything else is no attribute."""
    if name_is(name, "__name__") or name_is(name, "__qualname__"):
        return setattr_not_supported(gw, name, value)
    if name_is(name, kind_text(gw, "gi_code", "cr_code", "ag_code")) or name_is(name, kind_text(gw, "", "",
                                                                                               "ag_running")):
        # (members, where the others are getsets)
        raise_msg(ATTRIBUTE_ERROR, "readonly attribute")
        return False
    if generator_get_attr(gw, name):
        raise_message(ATTRIBUTE_ERROR, "attribute '", "", "", name, "' of '", gen(gw).type.name,
                      "' objects is not writable", "")
        return False
    return object_setattr(gw, name, value)


def generator_repr(gw: Word) -> Word:
    """<generator object f.<locals>.g at 0x7f...>, with the qualname (<coroutine object ..., <async_generator
    object ...)."""
    return named_repr(kind_text(gw, "<generator object ", "<coroutine object ", "<async_generator object "),
                      generator_name(gw, True), gw)


def init() -> None:
    t = GENERATOR_TYPE
    iterator_slots(t, generator_next)
    t.repr = generator_repr
    t.getattr = generator_get_attr
    t.setattr = generator_setattr
    set_dead_hook(dead_in_try)
    add_method(t, GEN_SEND)
    add_method(t, GEN_THROW)
    add_method(t, GEN_CLOSE)
    add_method(t, GEN_NEXT)
    add_method(t, GEN_ITER)
