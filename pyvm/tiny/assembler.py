"""The tiny language's text -> a Program of Functions (DESIGN.md, "The tiny language of the paper").

    # a comment
    main:                         a function: `name:` on its own line
        LOAD 0 => r1
    @loop                         a label, local to its function
        ADD r1 r0 => r1
        JUMP_IF_ABOVE r0 r1 @loop
        RETURN r1

The nine opcodes and their operand forms are `FORMS` below. Registers are
`r0` .. `r255`; constants are decimal integers of any size, negative ones too.
Every error raises a TinyError formatted `FILE:LINE: message`. The file is read
line by line and the first malformed line stops it; the labels and functions an
instruction names are resolved once the whole file is read (they may be used
before they are defined), and the first unknown one in line order is reported.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

MAX_REGISTERS = 256          # r0 .. r255: a frame is a fixed array, and the JIT gives each register a slot

# The operand form of each opcode: "reg" a register, "int" a constant, "name" a function,
# "label" an @label, "=>" the arrow before the result register.
FORMS = {
    "ADD": ("reg", "reg", "=>", "reg"),
    "INTROSPECT": ("reg", "=>", "reg"),
    "PRINT": ("reg",),
    "CALL": ("reg", "reg", "=>", "reg"),
    "LOAD": ("int", "=>", "reg"),
    "LOAD_FUNCTION": ("name", "=>", "reg"),
    "RETURN": ("reg",),
    "JUMP": ("label",),
    "JUMP_IF_ABOVE": ("reg", "reg", "label"),
}

# How each form is written in messages.
EXAMPLES = {
    "ADD": "ADD r1 r2 => r3", "INTROSPECT": "INTROSPECT r1 => r2", "PRINT": "PRINT r1",
    "CALL": "CALL r1 r2 => r3", "LOAD": "LOAD 5 => r1", "LOAD_FUNCTION": "LOAD_FUNCTION name => r1",
    "RETURN": "RETURN r1", "JUMP": "JUMP @label", "JUMP_IF_ABOVE": "JUMP_IF_ABOVE r1 r2 @label",
}

# Which operands of an instruction (after the arrow is dropped) are registers read and written.
READS = {"ADD": (0, 1), "INTROSPECT": (0,), "PRINT": (0,), "CALL": (0, 1), "LOAD": (), "LOAD_FUNCTION": (),
         "RETURN": (0,), "JUMP": (), "JUMP_IF_ABOVE": (0, 1)}
WRITES = {"ADD": 2, "INTROSPECT": 1, "CALL": 2, "LOAD": 1, "LOAD_FUNCTION": 1}

NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_HEADER = re.compile(rf"({NAME}):")
_LABEL = re.compile(r"@(\w+)")
_REGISTER = re.compile(r"r(0|[1-9][0-9]*)")
_INT = re.compile(r"-?[0-9]+")
_WORD = re.compile(NAME)


class TinyError(Exception):
    """A located error in a tiny program: `FILE:LINE: message`."""

    def __init__(self, filename: str, line: int, message: str):
        super().__init__(f"{filename}:{line}: {message}")
        self.filename = filename
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Instruction:
    opcode: str
    operands: tuple       # registers as ints, a constant int, a function name; JUMP targets as instruction indices
    line: int
    label: str | None = None           # the @label a jump names (its target index is in operands)

    def reads(self) -> tuple:
        return tuple(self.operands[i] for i in READS[self.opcode])

    def writes(self) -> int | None:
        i = WRITES.get(self.opcode)
        return None if i is None else self.operands[i]

    def text(self) -> str:
        """The instruction as it would be written (labels by name)."""
        parts = [self.opcode]
        values = list(self.operands)
        for kind in FORMS[self.opcode]:
            if kind == "=>":
                parts.append("=>")
                continue
            value = values.pop(0)
            parts.append(f"r{value}" if kind == "reg" else f"@{self.label}" if kind == "label" else str(value))
        return " ".join(parts)


@dataclass
class Function:
    name: str
    line: int                                            # the line of `name:`
    instructions: list = field(default_factory=list)
    labels: dict = field(default_factory=dict)           # label -> index of the instruction it marks
    label_lines: dict = field(default_factory=dict)

    @functools.cached_property
    def nregs(self) -> int:
        """The frame size: the highest register the function mentions, plus one (at least r0, the argument)."""
        highest = 0
        for ins in self.instructions:
            for kind, value in zip((k for k in FORMS[ins.opcode] if k != "=>"), ins.operands):
                if kind == "reg":
                    highest = max(highest, value)
        return highest + 1


@dataclass
class Program:
    filename: str
    functions: dict                  # name -> Function, in the order of the file
    source_lines: list

    @property
    def main(self) -> Function:
        return self.functions["main"]


def assemble(text: str, filename: str = "<tiny>") -> Program:
    """Parse a tiny program; raises TinyError at the first error."""
    lines = text.splitlines()
    functions: dict[str, Function] = {}
    current: Function | None = None
    pending_jumps = []                         # (function, position, instruction) to resolve once the function ends
    pending_functions = []                     # (name, line) named by LOAD_FUNCTION
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue

        def error(message):
            return TinyError(filename, number, message)

        if line.endswith(":") or (":" in line and not line.startswith("@")):
            m = _HEADER.fullmatch(line)
            if not m:
                raise error(f"malformed line {line!r}: a function starts with `name:` on its own line")
            name = m.group(1)
            if name in functions:
                raise error(f"function {name} is defined twice (first at line {functions[name].line})")
            current = functions[name] = Function(name, number)
            continue
        if line.startswith("@"):
            m = _LABEL.fullmatch(line)
            if not m:
                raise error(f"malformed line {line!r}: a label is `@name` on its own line")
            if current is None:
                raise error(f"label @{m.group(1)} before the first function (start one with `name:`)")
            label = m.group(1)
            if label in current.labels:
                raise error(f"label @{label} is defined twice in function {current.name} "
                            f"(first at line {current.label_lines[label]})")
            current.labels[label] = len(current.instructions)
            current.label_lines[label] = number
            continue
        tokens = line.replace("=>", " => ").split()
        opcode = tokens[0]
        if not _WORD.fullmatch(opcode):
            raise error(f"malformed line {line!r}: expected an instruction, a label or a function")
        if opcode not in FORMS:
            hint = f" (opcodes are upper case: {opcode.upper()})" if opcode.upper() in FORMS else ""
            raise error(f"unknown opcode {opcode!r}{hint}")
        if current is None:
            raise error(f"{opcode} before the first function (start one with `name:`)")
        ins = parse_operands(opcode, tokens[1:], error, number)
        if ins.opcode in ("JUMP", "JUMP_IF_ABOVE"):
            pending_jumps.append((current, len(current.instructions), ins))
        if ins.opcode == "LOAD_FUNCTION":
            pending_functions.append((ins.operands[0], number))
        current.instructions.append(ins)

    # Labels and functions may be used before they are defined: resolve them now, in line order.
    problems = []
    for function, position, ins in pending_jumps:
        if ins.label not in function.labels:
            problems.append((ins.line, f"unknown label @{ins.label} in function {function.name}"))
        else:
            target = function.labels[ins.label]
            function.instructions[position] = Instruction(ins.opcode, ins.operands[:-1] + (target,), ins.line, ins.label)
    for name, number in pending_functions:
        if name not in functions:
            problems.append((number, f"unknown function {name}"))
    if problems:
        number, message = min(problems)
        raise TinyError(filename, number, message)
    if "main" not in functions:
        raise TinyError(filename, 1, "no main function (the program starts at `main:`)")
    return Program(filename, functions, lines)


def parse_operands(opcode: str, tokens: list, error, number: int) -> Instruction:
    form = FORMS[opcode]
    usage = f"`{EXAMPLES[opcode]}`"
    if len(tokens) != len(form):
        given = " ".join([opcode] + tokens)
        wanted = sum(1 for k in form if k != "=>")
        raise error(f"{opcode} takes {wanted} operand{'s' if wanted != 1 else ''} written {usage}, not `{given}`")
    operands = []
    label = None
    for kind, token in zip(form, tokens):
        if kind == "=>":
            if token != "=>":
                raise error(f"expected '=>' where {token!r} is, in {opcode} (written {usage})")
        elif kind == "reg":
            m = _REGISTER.fullmatch(token)
            if not m:
                raise error(f"bad register {token!r} in {opcode}: registers are r0, r1, ... r{MAX_REGISTERS - 1}")
            r = int(m.group(1))
            if r >= MAX_REGISTERS:
                raise error(f"bad register {token!r} in {opcode}: registers are r0, r1, ... r{MAX_REGISTERS - 1}")
            operands.append(r)
        elif kind == "int":
            if not _INT.fullmatch(token):
                raise error(f"bad constant {token!r} in {opcode}: expected a decimal integer (written {usage})")
            if len(token) > 4000:
                raise error(f"constant in {opcode} is too long ({len(token)} digits)")
            operands.append(int(token))
        elif kind == "name":
            if not _WORD.fullmatch(token):
                raise error(f"bad function name {token!r} in {opcode} (written {usage})")
            operands.append(token)
        elif kind == "label":
            m = _LABEL.fullmatch(token)
            if not m:
                raise error(f"bad label {token!r} in {opcode}: labels are written @name")
            label = m.group(1)
            operands.append(None)               # the target index, filled in once the function is read
    return Instruction(opcode, tuple(operands), number, label)
