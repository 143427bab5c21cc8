"""A tiny program -> pyvm register bytecode (pyvm/bytecode), for the JIT to run like any Python code.

Each tiny function becomes a CodeObject whose registers r0.. are the tiny
registers, in the same numbers (so a frame record holds them in place, as
INTROSPECT needs); `varnames` names them "r0", "r1", ... A function takes one
argument, r0; main's entry takes the command-line integers (r0, r1, ...):

    LOAD k => d                 LOAD_CONST d, k
    LOAD_FUNCTION f => d        MAKE_FUNCTION d, <code f>, ()
    ADD a b => d                TINY_ADD d, a, b
    CALL f x => d               TINY_CALL d, f, x
    PRINT a                     TINY_PRINT a
    RETURN a                    RETURN a
    JUMP @l                     JUMP l
    JUMP_IF_ABOVE a b @l        COMPARE s, '>', a, b ; JUMP_IF_TRUE s, l      (s: a scratch register)
    INTROSPECT a => d           INTROSPECT d, a

Glue, with existing instructions only:

- A register read where it may not have been written (a definite-assignment
  analysis over the tiny code decides) is guarded by `CHECK_BOUND r, "rN"`,
  as the Python front end guards locals. It raises UnboundLocalError "cannot
  access local variable 'rN' ..."; `pyvm tiny` reports it with the reference's
  words, "register rN is not set" (pyvm/tiny/command.py).
- Where a function can fall off its end, `CHECK_BOUND e, "function F ended
  without RETURN"` on a register e that is never written raises, and
  `pyvm tiny` reports the name as the message. (A RETURN follows, never run.)
- The module's code calls main's entry with the integers, then
  TINY_PRINTs the str "Result: " (tiny_print writes a str as it is, without a
  newline) and the result.
- A function that main calls through LOAD_FUNCTION main takes one argument, as
  every tiny function does: when main's entry takes another number of
  arguments, main is lowered twice (the entry and the callable one).

The scratch and never-written registers lie above the tiny ones
(`len(varnames)`), outside the frame INTROSPECT may read.

LOAD_FUNCTION names the target's CodeObject as a constant, so a recursive
program's code objects form a cycle: TinyModuleCode.walk visits each once.

Every code object's `names` ends with a tag holding a hash of the program's
text. The JIT's disk cache knows a code object by its own content, and a
constant code object only by its name and line (pyvm/jit/image.py
code_fingerprint), while the compiled code refers to that constant's data by a
symbol derived from the constant's content: after an edit of `g` alone, `f`'s
cached object would name g's old symbol. The tag makes every code object of an
edited program new to the cache.
"""
from __future__ import annotations

import hashlib

from pyvm.bytecode.code import CodeObject, ModuleCode, Position
from pyvm.bytecode.opcodes import COMPARE_OPS
from pyvm.tiny.assembler import Function, Program

ABOVE = COMPARE_OPS.index(">")


class TinyModuleCode(ModuleCode):
    """A ModuleCode whose code objects may refer to each other in cycles (recursion)."""

    def walk(self):
        seen = set()
        todo = [self.code]
        while todo:
            c = todo.pop(0)
            if id(c) in seen:
                continue
            seen.add(id(c))
            yield c
            todo.extend(c.children())


def lower(program: Program, args: list) -> TinyModuleCode:
    """The module that runs main with r0, r1, ... = args and prints `Result: <value>`."""
    module = TinyModuleCode(code=None, source_lines=list(program.source_lines))
    tag = "<tiny " + hashlib.sha256("\n".join(program.source_lines).encode()).hexdigest()[:20] + ">"
    codes = {name: new_code(program, f, 1, module) for name, f in program.functions.items()}
    main = program.main
    entry = codes["main"] if len(args) == 1 else new_code(program, main, len(args), module)
    for name, f in program.functions.items():
        fill(program, f, codes[name], codes)
    if entry is not codes["main"]:
        fill(program, main, entry, codes)
    module.code = module_code(program, entry, args, module)
    for code in codes.values():           # functions nothing loads still show in `pyvm tiny --dis`
        if code not in module.code.consts:
            module.code.consts.append(code)
    for code in module.walk():
        code.names.append(tag)
    return module


def new_code(program: Program, f: Function, argcount: int, module) -> CodeObject:
    ntiny = max(f.nregs, argcount)
    return CodeObject(f.name, f.name, program.filename, f.line, argcount=argcount,
                      varnames=[f"r{i}" for i in range(ntiny)], nregs=ntiny, module=module)


def position(program: Program, line: int) -> Position:
    text = program.source_lines[line - 1] if 0 < line <= len(program.source_lines) else ""
    code = text.split("#", 1)[0].rstrip()
    return Position(line, line, len(code) - len(code.lstrip()), len(code))


def successors(f: Function, i: int) -> list:
    ins = f.instructions[i]
    if ins.opcode == "RETURN":
        return []
    if ins.opcode == "JUMP":
        return [ins.operands[0]]
    if ins.opcode == "JUMP_IF_ABOVE":
        return [ins.operands[2], i + 1]
    return [i + 1]


def definitely_set(f: Function, argcount: int) -> list:
    """For each instruction (and the end, index len), the registers written on every path
    from the entry; None where the instruction cannot be reached."""
    n = len(f.instructions)
    state = [None] * (n + 1)
    state[0] = frozenset(range(argcount))
    work = [0]
    while work:
        i = work.pop()
        if i == n:
            continue
        w = f.instructions[i].writes()
        out = state[i] | {w} if w is not None else state[i]
        for j in successors(f, i):
            merged = out if state[j] is None else state[j] & out
            if merged != state[j]:
                state[j] = merged
                work.append(j)
    return state


class Emitter:
    def __init__(self, code: CodeObject):
        self.code = code

    def emit(self, pos: Position, opname: str, *operands):
        self.code.instructions.append([opname, *operands])
        self.code.positions.append(pos)

    def const(self, value) -> int:
        for i, c in enumerate(self.code.consts):
            if type(c) is type(value) and (c is value or (not isinstance(c, CodeObject) and c == value)):
                return i
        self.code.consts.append(value)
        return len(self.code.consts) - 1

    def name(self, text: str) -> int:
        if text not in self.code.names:
            self.code.names.append(text)
        return self.code.names.index(text)

    def register(self) -> int:
        """A register above the tiny ones."""
        self.code.nregs += 1
        return self.code.nregs - 1


def fill(program: Program, f: Function, code: CodeObject, codes: dict) -> None:
    e = Emitter(code)
    state = definitely_set(f, code.argcount)
    n = len(f.instructions)
    scratch = e.register() if any(ins.opcode == "JUMP_IF_ABOVE" for ins in f.instructions) else None
    start = [0] * (n + 1)                 # tiny instruction -> its first bytecode instruction
    jumps = []                            # (bytecode index, operand position, tiny target)
    for i, ins in enumerate(f.instructions):
        start[i] = len(code.instructions)
        if state[i] is None:
            continue                      # unreachable: nothing to run
        pos = position(program, ins.line)
        for r in ins.reads():
            if r not in state[i]:
                e.emit(pos, "CHECK_BOUND", r, e.name(f"r{r}"))
        op, x = ins.opcode, ins.operands
        if op == "LOAD":
            e.emit(pos, "LOAD_CONST", x[1], e.const(x[0]))
        elif op == "LOAD_FUNCTION":
            e.emit(pos, "MAKE_FUNCTION", x[1], e.const(codes[x[0]]), (0, 0))
        elif op == "ADD":
            e.emit(pos, "TINY_ADD", x[2], x[0], x[1])
        elif op == "CALL":
            e.emit(pos, "TINY_CALL", x[2], x[0], x[1])
        elif op == "PRINT":
            e.emit(pos, "TINY_PRINT", x[0])
        elif op == "RETURN":
            e.emit(pos, "RETURN", x[0])
        elif op == "JUMP":
            jumps.append((len(code.instructions), 1, x[0]))
            e.emit(pos, "JUMP", None)
        elif op == "JUMP_IF_ABOVE":
            e.emit(pos, "COMPARE", scratch, ABOVE, x[0], x[1])
            jumps.append((len(code.instructions), 2, x[2]))
            e.emit(pos, "JUMP_IF_TRUE", scratch, None)
        elif op == "INTROSPECT":
            e.emit(pos, "INTROSPECT", x[1], x[0])
        else:
            raise AssertionError(op)
    start[n] = len(code.instructions)
    if state[n] is not None:
        # Falling off the end: an error, raised by checking a register nothing writes.
        pos = position(program, f.instructions[-1].line if f.instructions else f.line)
        never = e.register()
        e.emit(pos, "CHECK_BOUND", never, e.name(f"function {f.name} ended without RETURN"))
        e.emit(pos, "RETURN", never)
    for at, operand, target in jumps:
        code.instructions[at][operand] = start[target]
    code.instructions = [tuple(ins) for ins in code.instructions]


def module_code(program: Program, entry: CodeObject, args: list, module) -> CodeObject:
    """r0 = main; r1.. = the arguments; then the result, the "Result: " text and None."""
    code = CodeObject("<module>", "<module>", program.filename, 1, is_module=True, module=module)
    e = Emitter(code)
    n = len(args)
    code.nregs = n + 4
    pos = position(program, entry.firstlineno)
    e.emit(pos, "MAKE_FUNCTION", 0, e.const(entry), (0, 0))
    for i, value in enumerate(args):
        e.emit(pos, "LOAD_CONST", 1 + i, e.const(value))
    result, text, none = n + 1, n + 2, n + 3
    e.emit(pos, "CALL", result, 0, (1, n))
    e.emit(pos, "LOAD_CONST", text, e.const("Result: "))
    e.emit(pos, "TINY_PRINT", text)
    e.emit(pos, "TINY_PRINT", result)
    e.emit(pos, "LOAD_CONST", none, e.const(None))
    e.emit(pos, "RETURN", none)
    code.instructions = [tuple(ins) for ins in code.instructions]
    return code
