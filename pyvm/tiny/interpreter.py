"""The reference interpreter of the tiny language, written "with frames in mind" (the paper).

Each call gets a Frame holding its registers in a list; one loop dispatches on
the opcodes of the running frame. Calls and returns switch frames inside that
loop (the Python stack does not grow with the tiny program's), so a frame is a
plain object the way a naive interpreter keeps it -- what the JIT route keeps
virtual.

Values are untyped: Python ints (of any size) and function values. A function
value is a named function (`LOAD_FUNCTION f`) or the composition of two
function values (`ADD f g` gives x -> f(g(x))). Printed:

    an int            its decimal text                 42
    a function        <function NAME>                  <function double>
    a composition     the names, outermost first,      <function f∘g∘h>
                      joined by ∘ (U+2218)

Composition is associative, so `(f+g)+h` and `f+(g+h)` print alike, and as
they behave. The frame of a call has as many registers as the highest register
its function mentions, plus one (at least r0, the argument); main's frame also
holds every command-line integer. Reading a register never written is an
error, and so is INTROSPECT of a register outside the frame or not yet set.

Runtime errors raise TinyRuntimeError; their messages (MESSAGES in the tests,
and docs/tiny.md) are what both routes print.
"""
from __future__ import annotations

import sys

from pyvm.tiny.assembler import Function, Program

# pyvm counts frames as CPython does, its module's included, and stops at 1000: main and
# the functions it calls may be 999 deep. The reference does the same, so that both routes agree.
RECURSION_LIMIT = 1000
MAX_DEPTH = RECURSION_LIMIT - 1

COMPOSE = "\u2218"


class TinyRuntimeError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class FunctionValue:
    __slots__ = ()


class Named(FunctionValue):
    """A function defined in the program, as LOAD_FUNCTION gives it."""
    __slots__ = ("function", "code")

    def __init__(self, function: Function, code):
        self.function = function
        self.code = code

    def __repr__(self):
        return format_value(self)


class Composition(FunctionValue):
    """outer ∘ inner: called with x, it gives outer(inner(x))."""
    __slots__ = ("outer", "inner")

    def __init__(self, outer: FunctionValue, inner: FunctionValue):
        self.outer = outer
        self.inner = inner

    def __repr__(self):
        return format_value(self)


def leaves(value: FunctionValue) -> list:
    """The named functions of a function value, outermost first (iteratively: compositions may be deep)."""
    out = []
    todo = [value]
    while todo:
        v = todo.pop()
        if isinstance(v, Composition):
            todo.append(v.inner)
            todo.append(v.outer)
        else:
            out.append(v)
    return out


def format_value(value) -> str:
    if isinstance(value, FunctionValue):
        return "<function " + COMPOSE.join(n.function.name for n in leaves(value)) + ">"
    return str(value)


def type_word(value) -> str:
    return "a function" if isinstance(value, FunctionValue) else "an int"


# Opcodes as small ints for the dispatch loop.
LOAD, ADD, JUMP_IF_ABOVE, JUMP, CALL, RETURN, PRINT, LOAD_FUNCTION, INTROSPECT, END = range(10)
NUMBERS = {"LOAD": LOAD, "ADD": ADD, "JUMP_IF_ABOVE": JUMP_IF_ABOVE, "JUMP": JUMP, "CALL": CALL,
           "RETURN": RETURN, "PRINT": PRINT, "LOAD_FUNCTION": LOAD_FUNCTION, "INTROSPECT": INTROSPECT}


class Code:
    """A function decoded for the loop: tuples (opcode number, a, b, c)."""
    __slots__ = ("function", "instructions", "nregs", "value")

    def __init__(self, function: Function):
        self.function = function
        self.nregs = function.nregs
        self.instructions = []
        self.value = None


class Frame:
    """One call: its registers, where it is, and where its result goes."""
    __slots__ = ("code", "registers", "pc", "back", "result_register", "then", "depth")

    def __init__(self, code: Code, nregs: int, back, result_register, then, depth):
        self.code = code
        self.registers = [None] * nregs
        self.pc = 0
        self.back = back                        # the calling frame (None for main)
        self.result_register = result_register  # where the caller wants the result
        self.then = then                        # functions still to apply to the result (a composition's outer ones)
        self.depth = depth


def decode(program: Program) -> dict:
    codes = {name: Code(f) for name, f in program.functions.items()}
    for name, code in codes.items():
        code.value = Named(code.function, code)
    for code in codes.values():
        for ins in code.function.instructions:
            ops = list(ins.operands)
            if ins.opcode == "LOAD_FUNCTION":
                ops[0] = codes[ops[0]].value
            ops += [None] * (3 - len(ops))
            code.instructions.append((NUMBERS[ins.opcode], *ops))
        code.instructions.append((END, None, None, None))     # falling off the end (a label may mark it too)
    return codes


def run(program: Program, args: list, write=None):
    """Run main with r0, r1, ... = args; PRINT output goes to write (a str callable).
    Returns main's result; raises TinyRuntimeError."""
    codes = decode(program)
    main = codes["main"]
    frame = Frame(main, max(main.nregs, len(args)), None, None, (), 1)
    frame.registers[:len(args)] = list(args)
    return execute(frame, write or sys.stdout.write)


def unset(r: int):
    raise TinyRuntimeError(f"register r{r} is not set")


def execute(frame: Frame, write):
    code = frame.code.instructions
    regs = frame.registers
    pc = 0
    while True:
        op, a, b, c = code[pc]
        pc += 1
        if op == LOAD:
            regs[b] = a
        elif op == ADD:
            x = regs[a]
            if x is None:
                unset(a)
            y = regs[b]
            if y is None:
                unset(b)
            if type(x) is int and type(y) is int:
                regs[c] = x + y
            elif isinstance(x, FunctionValue) and isinstance(y, FunctionValue):
                regs[c] = Composition(x, y)
            else:
                raise TinyRuntimeError(f"cannot ADD {type_word(x)} and {type_word(y)}")
        elif op == JUMP_IF_ABOVE:
            x = regs[a]
            if x is None:
                unset(a)
            y = regs[b]
            if y is None:
                unset(b)
            if type(x) is not int or type(y) is not int:
                raise TinyRuntimeError("cannot JUMP_IF_ABOVE on a function")
            if x > y:
                pc = c
        elif op == JUMP:
            pc = a
        elif op == CALL or op == RETURN:
            if op == CALL:
                f = regs[a]
                if f is None:
                    unset(a)
                x = regs[b]
                if x is None:
                    unset(b)
                if not isinstance(f, FunctionValue):
                    raise TinyRuntimeError("cannot CALL an int")
                if frame.depth >= MAX_DEPTH:
                    raise TinyRuntimeError("maximum recursion depth exceeded")
                functions = leaves(f)                  # innermost last: it runs first
                callee = functions.pop().code
                frame.pc = pc
                frame = Frame(callee, callee.nregs, frame, c, functions, frame.depth + 1)
            else:
                value = regs[a]
                if value is None:
                    unset(a)
                if frame.then:                         # a composition: the next function gets the result
                    callee = frame.then.pop().code
                    frame = Frame(callee, callee.nregs, frame.back, frame.result_register, frame.then, frame.depth)
                elif frame.back is None:
                    return value
                else:
                    result_register = frame.result_register
                    frame = frame.back
                    frame.registers[result_register] = value
                    code = frame.code.instructions
                    regs = frame.registers
                    pc = frame.pc
                    continue
            frame.registers[0] = value if op == RETURN else x
            code = frame.code.instructions
            regs = frame.registers
            pc = 0
        elif op == PRINT:
            v = regs[a]
            if v is None:
                unset(a)
            write(format_value(v) + "\n")
        elif op == LOAD_FUNCTION:
            regs[b] = a
        elif op == INTROSPECT:
            i = regs[a]
            if i is None:
                unset(a)
            if type(i) is not int:
                raise TinyRuntimeError("INTROSPECT needs an int register number")
            if not 0 <= i < len(regs):
                raise TinyRuntimeError(f"INTROSPECT of register r{i}, outside the frame")
            v = regs[i]
            if v is None:
                raise TinyRuntimeError(f"INTROSPECT of register r{i}, which is not set")
            regs[b] = v
        elif op == END:
            raise TinyRuntimeError(f"function {frame.code.function.name} ended without RETURN")
