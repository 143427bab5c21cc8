"""Coroutines and async generators (issue 21, docs/generators.md), as CPython 3.11's genobject.c and
ceval.c: what `await` and `async for` do (GET_AWAITABLE, GET_AITER, GET_ANEXT; BEFORE_ASYNC_WITH is
dunders.context_enter), a coroutine's __await__ (coroutine_wrapper), and an async generator's asend,
athrow, aclose and __anext__ with the awaitables they return.

A coroutine and an async generator are Generator objects of another type (generators.py): the same
frame, the same send, throw and close. Awaiting is yield from over the awaitable (YIELD_FROM). An
async generator yields its items with YIELD_VALUE and passes on what the awaits inside it yield with
YIELD_FROM, so where it stopped tells the two apart: CPython wraps the items instead.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, NONE, none_word, has_type, add_method
from pyvm.runtime.errors import (pending, clear, set_pending, raise_msg, raise_text, exception_new, TYPE_ERROR,
                                 RUNTIME_ERROR, STOP_ITERATION, GENERATOR_EXIT, STOP_ASYNC_ITERATION)
from pyvm.runtime.ops import type_of_value, is_subtype, iterator_slots
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.tupleobj import Tuple, tuple_from_items
from pyvm.runtime.builtins import BuiltinFunction, find_method, no_keywords, raise_arg_count
from pyvm.runtime.classobj import is_user_type, type_lookup
from pyvm.runtime.dunders import call_found
from pyvm.baseline.generators import (gen, generator_send, generator_throw_pending, generator_send_method,
                                      generator_throw_method, generator_close_method, generator_next_method,
                                      generator_repr, generator_get_attr, generator_setattr, delegate, caused_by,
                                      exception_to_throw, throw_arguments, raise_stop_iteration, returned,
                                      COROUTINE_TYPE, ASYNC_GENERATOR_TYPE, FINISHED)

AWAIT_NAME: Word = cast(Word, 0)
AITER_NAME: Word = cast(Word, 0)
ANEXT_NAME: Word = cast(Word, 0)


def special_method(obj: Word, name: Word) -> Word:
    """type(obj).name(obj), looked up on obj's type as CPython's async slots are; the null Word with
    nothing pending when the type has no such method."""
    t = type_of_value(obj)
    if is_user_type(t):
        f = type_lookup(t, name)
        if not f:
            return f
        return call_found(f, obj, addr(obj), 0, cast(Word, 0))
    m = find_method(t, name)
    if not m:
        return cast(Word, 0)
    return m.method(obj, addr(obj), 0, cast(Word, 0))


def has_special(t: Ptr[Type], name: Word) -> bool:
    if is_user_type(t):
        return type_lookup(t, name) != cast(Word, 0)
    return find_method(t, name) != null(BuiltinFunction)


# -- the instructions ------------------------------------------------------------------------------

def get_awaitable(obj: Word, where: i64) -> Word:
    """GET_AWAITABLE: what `await obj` delegates to (CPython's _PyCoro_GetAwaitableIter); where 1 and 2:
    the result of __aenter__ and __aexit__, which CPython's messages name."""
    if has_type(obj, COROUTINE_TYPE):
        if delegate(obj):
            return raise_msg(RUNTIME_ERROR, "coroutine is being awaited already")
        return obj
    r = special_method(obj, AWAIT_NAME)
    if not r:
        if pending:
            return r
        if where == 1:
            return raise_text(TYPE_ERROR, "'async with' received an object from __aenter__ that does not implement "
                              "__await__: ", type_of_value(obj).name, "", "", "")
        if where == 2:
            return raise_text(TYPE_ERROR, "'async with' received an object from __aexit__ that does not implement "
                              "__await__: ", type_of_value(obj).name, "", "", "")
        return raise_text(TYPE_ERROR, "object ", type_of_value(obj).name, " can't be used in 'await' expression", "",
                          "")
    if has_type(r, COROUTINE_TYPE):
        return raise_msg(TYPE_ERROR, "__await__() returned a coroutine")
    if not type_of_value(r).next:
        return raise_text(TYPE_ERROR, "__await__() returned non-iterator of type '", type_of_value(r).name, "'", "",
                          "")
    return r


def get_aiter(obj: Word) -> Word:
    """GET_AITER: type(obj).__aiter__(obj), whose type must have __anext__."""
    it = special_method(obj, AITER_NAME)
    if not it:
        if pending:
            return it
        return raise_text(TYPE_ERROR, "'async for' requires an object with __aiter__ method, got ",
                          type_of_value(obj).name, "", "", "")
    if not has_special(type_of_value(it), ANEXT_NAME):
        return raise_text(TYPE_ERROR, "'async for' received an object from __aiter__ that does not implement "
                          "__anext__: ", type_of_value(it).name, "", "", "")
    return it


def get_anext(it: Word) -> Word:
    """GET_ANEXT: the awaitable of type(it).__anext__(it), as GET_AWAITABLE makes it."""
    if has_type(it, ASYNC_GENERATOR_TYPE):
        return step_new(it, ASEND_TYPE, none_word())
    awaitable = special_method(it, ANEXT_NAME)
    if not awaitable:
        if pending:
            return awaitable
        return raise_text(TYPE_ERROR, "'async for' requires an iterator with __anext__ method, got ",
                          type_of_value(it).name, "", "", "")
    r = get_awaitable(awaitable, 0)
    if not r:
        cause = pending
        clear()
        raise_text(TYPE_ERROR, "'async for' received an invalid object from __anext__: ",
                   type_of_value(awaitable).name, "", "", "")
        caused_by(cause, TYPE_ERROR)
    return r


# -- a coroutine's __await__ -----------------------------------------------------------------------

class CoroutineWrapper(Object, name="coroutine_wrapper"):
    coro: Word


@inline
def wrapped(w: Word) -> Word:
    return cast(Ptr[CoroutineWrapper], w).coro


def coroutine_await_method(cw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kwnames != cast(Word, 0):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    w = new(CoroutineWrapper)
    if w:
        w.coro = cw
    return cast(Word, w)


def wrapper_next(w: Word) -> Word:
    """The wrapper's next slot: a value the coroutine returned is StopIteration's (None: nothing pending)."""
    r = generator_send(wrapped(w), none_word(), False)
    if r and returned:
        return cast(Word, 0) if r == cast(Word, NONE) else raise_stop_iteration(r)
    return r


def wrapper_send(w: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return generator_send_method(wrapped(w), args, n, kwnames)


def wrapper_throw(w: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return generator_throw_method(wrapped(w), args, n, kwnames)


def wrapper_close(w: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return generator_close_method(wrapped(w), args, n, kwnames)


def wrapper_dunder_next(w: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return generator_next_method(wrapped(w), args, n, kwnames)


def self_method(w: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """__iter__ and __await__ of what is its own iterator, __aiter__ of an async generator."""
    if n != 0 or kwnames != cast(Word, 0):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    return w


# -- async generators ------------------------------------------------------------------------------

INIT = 0
ITER = 1
CLOSED = 2


class AsyncGenStep(Object, name="async_generator_asend"):
    """What asend() and __anext__() (ASEND_TYPE), athrow() and aclose() (ATHROW_TYPE) return: an awaitable
    that runs the async generator one step, to its next item (then StopIteration(item)) or its end."""
    agen: Word
    value: Word          # asend: the value to send; athrow: its arguments (a tuple); aclose: 0
    state: i64


ASEND_TYPE = type_of(AsyncGenStep)
ATHROW_TYPE = static_type(AsyncGenStep, "async_generator_athrow")


@inline
def step(w: Word) -> Ptr[AsyncGenStep]:
    return cast(Ptr[AsyncGenStep], w)


def step_new(agen: Word, t: Ptr[Type], value: Word) -> Word:
    s = new(AsyncGenStep)
    if not s:
        return cast(Word, 0)
    s.type = t
    s.agen = agen
    s.value = value
    return cast(Word, s)


def ended(r: Word) -> Word:
    """generator_send's result for an async generator (CPython's gen_send_ex): its return is
    StopAsyncIteration."""
    if r and returned:
        set_pending(exception_new(STOP_ASYNC_ITERATION, null(Word), 0, cast(Word, 0)))
        return cast(Word, 0)
    return r


@inline
def at_item(agen: Word) -> bool:
    """The async generator stopped at a yield of its own (an item), not at an await inside it."""
    return not delegate(agen)


def unwrap(agen: Word, r: Word) -> Word:
    """CPython's async_gen_unwrap_value of generator_send's result: an item ends the step with
    StopIteration(item); what an await inside yielded passes on; its end or an error ends it too."""
    r = ended(r)
    g = gen(agen)
    if not r:
        if pending and (is_subtype(type_of_value(pending), STOP_ASYNC_ITERATION)
                        or is_subtype(type_of_value(pending), GENERATOR_EXIT)):
            g.closed = True
        g.running_async = False
        return r
    if at_item(agen):
        g.running_async = False
        return raise_stop_iteration(r)
    return r


def asend_send(sw: Word, value: Word) -> Word:
    s = step(sw)
    if s.state == CLOSED:
        return raise_msg(RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()")
    if s.state == INIT:
        if gen(s.agen).running_async:
            return raise_msg(RUNTIME_ERROR, "anext(): asynchronous generator is already running")
        if value == cast(Word, NONE):
            value = s.value
        s.state = ITER
    gen(s.agen).running_async = True
    r = unwrap(step(sw).agen, generator_send(step(sw).agen, value, False))
    if not r:
        step(sw).state = CLOSED
    return r


def athrow_send(tw: Word, value: Word) -> Word:
    """CPython's async_gen_athrow_send: athrow's exception, or aclose's GeneratorExit, thrown in at the
    first step; the generator run on after that."""
    s = step(tw)
    if s.state == CLOSED:
        return raise_msg(RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()")
    agen = s.agen
    closing = not s.value
    if gen(agen).state == FINISHED:
        s.state = CLOSED
        return raise_none(STOP_ITERATION)
    r = cast(Word, 0)
    if s.state == INIT:
        if gen(agen).running_async:
            s.state = CLOSED
            return raise_msg(RUNTIME_ERROR, "aclose(): asynchronous generator is already running" if closing
                             else "athrow(): asynchronous generator is already running")
        if gen(agen).closed:
            s.state = CLOSED
            return raise_none(STOP_ASYNC_ITERATION)
        if value != cast(Word, NONE):
            return raise_msg(RUNTIME_ERROR, "can't send non-None value to a just-started coroutine")
        s.state = ITER
        gen(agen).running_async = True
        if closing:
            gen(agen).closed = True
            exc = exception_new(GENERATOR_EXIT, null(Word), 0, cast(Word, 0))
        else:
            args = cast(Ptr[Tuple], step(tw).value)
            exc = exception_to_throw(cast(Ptr[Word], args.items), args.size)
        if exc:
            set_pending(exc)
            r = generator_throw_pending(agen)
    else:
        r = generator_send(agen, value, False)
    if closing:
        r = ended(r)
        if r and at_item(agen):
            athrow_done(tw)
            return raise_msg(RUNTIME_ERROR, "async generator ignored GeneratorExit")
    else:
        r = unwrap(agen, r)
    if not r:
        athrow_done(tw)
        if closing:
            return closed_cleanly()
    return r


def closed_cleanly() -> Word:
    """aclose()'s step with an exception pending: the generator's end (StopAsyncIteration or
    GeneratorExit) ends the await of aclose() as StopIteration; another error passes on."""
    if is_subtype(type_of_value(pending), STOP_ASYNC_ITERATION) or is_subtype(type_of_value(pending), GENERATOR_EXIT):
        clear()
        return raise_none(STOP_ITERATION)
    return cast(Word, 0)


def athrow_done(tw: Word) -> None:
    gen(step(tw).agen).running_async = False
    step(tw).state = CLOSED


def raise_none(kind: Ptr[Type]) -> Word:
    """Raise kind() (no arguments)."""
    e = exception_new(kind, null(Word), 0, cast(Word, 0))
    if e:
        set_pending(e)
    return cast(Word, 0)


def step_send(sw: Word, value: Word) -> Word:
    if has_type(sw, ATHROW_TYPE):
        return athrow_send(sw, value)
    return asend_send(sw, value)


def step_next(sw: Word) -> Word:
    """The next slot: a step whose value is in StopIteration."""
    return step_send(sw, none_word())


def step_send_method(sw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "send()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count("send() takes exactly one argument (", n, " given)")
    return step_send(sw, args[0])


def step_next_method(sw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kwnames != cast(Word, 0):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    return step_send(sw, none_word())


def step_throw_method(sw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """throw() into an asend or athrow: thrown into the async generator."""
    if step(sw).state == CLOSED:
        return raise_msg(RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()" if has_type(sw, ATHROW_TYPE)
                         else "cannot reuse already awaited __anext__()/asend()")
    exc = throw_arguments(args, n, kwnames)
    if not exc:
        return exc
    set_pending(exc)
    agen = step(sw).agen
    r = generator_throw_pending(agen)
    if not has_type(sw, ATHROW_TYPE):
        r = unwrap(agen, r)
        if not r:
            step(sw).state = CLOSED
        return r
    if step(sw).value:
        return unwrap(agen, r)
    r = ended(r)                # aclose(): an item yielded is GeneratorExit ignored
    if r and at_item(agen):
        athrow_done(sw)
        return raise_msg(RUNTIME_ERROR, "async generator ignored GeneratorExit")
    if not r:
        return closed_cleanly()
    return r


def step_close_method(sw: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kwnames != cast(Word, 0):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    step(sw).state = CLOSED
    return none_word()


def asend_method(agen: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "asend()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count("async_generator.asend() takes exactly one argument (", n, " given)")
    return step_new(agen, ASEND_TYPE, args[0])


def anext_method(agen: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kwnames != cast(Word, 0):
        return raise_arg_count("expected 0 arguments, got ", n, "")
    return step_new(agen, ASEND_TYPE, none_word())


def athrow_method(agen: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "athrow()"):
        return cast(Word, 0)
    if n < 1:
        return raise_arg_count("athrow expected at least 1 argument, got ", n, "")
    if n > 3:
        return raise_arg_count("athrow expected at most 3 arguments, got ", n, "")
    t = tuple_from_items(args, n)
    if not t:
        return t
    return step_new(agen, ATHROW_TYPE, t)


def aclose_method(agen: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if n != 0 or kwnames != cast(Word, 0):
        return raise_arg_count("async_generator.aclose() takes no arguments (", n, " given)")
    return step_new(agen, ATHROW_TYPE, cast(Word, 0))


CORO_SEND = static(BuiltinFunction, name="send", method=generator_send_method)
CORO_THROW = static(BuiltinFunction, name="throw", method=generator_throw_method)
CORO_CLOSE = static(BuiltinFunction, name="close", method=generator_close_method)
CORO_AWAIT = static(BuiltinFunction, name="__await__", method=coroutine_await_method)
WRAPPER_SEND = static(BuiltinFunction, name="send", method=wrapper_send)
WRAPPER_THROW = static(BuiltinFunction, name="throw", method=wrapper_throw)
WRAPPER_CLOSE = static(BuiltinFunction, name="close", method=wrapper_close)
WRAPPER_NEXT = static(BuiltinFunction, name="__next__", method=wrapper_dunder_next)
WRAPPER_ITER = static(BuiltinFunction, name="__iter__", method=self_method)
AGEN_AITER = static(BuiltinFunction, name="__aiter__", method=self_method)
AGEN_ANEXT = static(BuiltinFunction, name="__anext__", method=anext_method)
AGEN_ASEND = static(BuiltinFunction, name="asend", method=asend_method)
AGEN_ATHROW = static(BuiltinFunction, name="athrow", method=athrow_method)
AGEN_ACLOSE = static(BuiltinFunction, name="aclose", method=aclose_method)
ASEND_SEND = static(BuiltinFunction, name="send", method=step_send_method)
ASEND_THROW = static(BuiltinFunction, name="throw", method=step_throw_method)
ASEND_CLOSE = static(BuiltinFunction, name="close", method=step_close_method)
ASEND_NEXT = static(BuiltinFunction, name="__next__", method=step_next_method)
ASEND_ITER = static(BuiltinFunction, name="__iter__", method=self_method)
ASEND_AWAIT = static(BuiltinFunction, name="__await__", method=self_method)
ATHROW_SEND = static(BuiltinFunction, name="send", method=step_send_method)
ATHROW_THROW = static(BuiltinFunction, name="throw", method=step_throw_method)
ATHROW_CLOSE = static(BuiltinFunction, name="close", method=step_close_method)
ATHROW_NEXT = static(BuiltinFunction, name="__next__", method=step_next_method)
ATHROW_ITER = static(BuiltinFunction, name="__iter__", method=self_method)
ATHROW_AWAIT = static(BuiltinFunction, name="__await__", method=self_method)


def generator_kind(t: Ptr[Type]) -> Ptr[Type]:
    """t has the slots of generators (generators.init) but iterating: its own methods follow."""
    t.repr = generator_repr
    t.getattr = generator_get_attr
    t.setattr = generator_setattr
    return t


def init() -> None:
    global AWAIT_NAME, AITER_NAME, ANEXT_NAME
    AWAIT_NAME = str_from_cstr("__await__")
    AITER_NAME = str_from_cstr("__aiter__")
    ANEXT_NAME = str_from_cstr("__anext__")
    generator_kind(ASYNC_GENERATOR_TYPE)
    t = generator_kind(COROUTINE_TYPE)
    add_method(t, CORO_SEND)
    add_method(t, CORO_THROW)
    add_method(t, CORO_CLOSE)
    add_method(t, CORO_AWAIT)
    t = type_of(CoroutineWrapper)
    iterator_slots(t, wrapper_next)
    add_method(t, WRAPPER_SEND)
    add_method(t, WRAPPER_THROW)
    add_method(t, WRAPPER_CLOSE)
    add_method(t, WRAPPER_NEXT)
    add_method(t, WRAPPER_ITER)
    t = ASYNC_GENERATOR_TYPE
    add_method(t, AGEN_AITER)
    add_method(t, AGEN_ANEXT)
    add_method(t, AGEN_ASEND)
    add_method(t, AGEN_ATHROW)
    add_method(t, AGEN_ACLOSE)
    t = ASEND_TYPE
    iterator_slots(t, step_next)
    add_method(t, ASEND_SEND)
    add_method(t, ASEND_THROW)
    add_method(t, ASEND_CLOSE)
    add_method(t, ASEND_NEXT)
    add_method(t, ASEND_ITER)
    add_method(t, ASEND_AWAIT)
    t = ATHROW_TYPE
    iterator_slots(t, step_next)
    add_method(t, ATHROW_SEND)
    add_method(t, ATHROW_THROW)
    add_method(t, ATHROW_CLOSE)
    add_method(t, ATHROW_NEXT)
    add_method(t, ATHROW_ITER)
    add_method(t, ATHROW_AWAIT)
