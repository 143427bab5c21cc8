"""`pyvm dis`: code objects printed readably, like `python -m dis`."""
from __future__ import annotations

from pyvm.bytecode.code import CO_VARARGS, CO_VARKEYWORDS, CodeObject, ModuleCode
from pyvm.bytecode.opcodes import BY_NAME, OPERATOR_TABLES


def operand_text(code: CodeObject, module: ModuleCode, ins, kind: str, value) -> str:
    if kind in ("dst", "reg", "unbind"):
        named = value < len(code.varnames) and code.varnames[value] != f"r{value}"
        return f"r{value}" + (f"({code.varnames[value]})" if named else "")
    if kind == "regs":
        first, n = value
        return f"r{first}..r{first + n - 1}" if n else "()"
    if kind == "const":
        c = code.consts[value]
        return f"{value} ({'<code ' + c.name + '>' if isinstance(c, CodeObject) else repr(c)})"
    if kind == "global":
        return f"{value} ({module.global_names[value]})"
    if kind == "name":
        return f"{value} ({code.names[value]})"
    if kind == "label":
        return f"to {value}"
    if kind == "op":
        return repr(OPERATOR_TABLES[ins[0]][value])
    return str(value)


def disassemble_code(code: CodeObject, module: ModuleCode, note=None) -> str:
    """note(index): a line to print under an instruction (`pyvm dis --facts`), or nothing."""
    lines = []
    previous_line = None
    targets = {ins[i + 1] for ins in code.instructions for i, kind in enumerate(BY_NAME[ins[0]].operands) if kind == "label"}
    for index, (ins, pos) in enumerate(zip(code.instructions, code.positions)):
        line = f"{pos[0]:>4}" if pos[0] != previous_line else "    "
        previous_line = pos[0]
        marker = ">>" if index in targets else "  "
        kinds = BY_NAME[ins[0]].operands
        operands = ", ".join(operand_text(code, module, ins, k, v) for k, v in zip(kinds, ins[1:]))
        lines.append(f"{line} {marker} {index:>5} {ins[0]:<14} {operands}".rstrip())
        text = note(index) if note else ""
        if text:
            lines.append(f"{'':>14}; {text}")
    if code.exception_table:
        lines.append("ExceptionTable:")
        for start, end, handler, register in code.exception_table:
            lines.append(f"  {start} to {end - 1} -> {handler} [exception in r{register}]")
    return "\n".join(lines)


def parameter_text(code: CodeObject) -> str:
    """The parameters besides the positional ones, when there are any."""
    parts = [f"{n} {what}" for n, what in ((code.posonlyargcount, "positional-only"),
                                          (code.kwonlyargcount, "keyword-only")) if n]
    parts += [what for flag, what in ((CO_VARARGS, "*args"), (CO_VARKEYWORDS, "**kwargs")) if code.flags & flag]
    return f" ({', '.join(parts)})" if parts else ""


def disassemble(module: ModuleCode, notes=None) -> str:
    """notes(code): the note function of disassemble_code for a code object, if any."""
    parts = []
    for code in module.walk():
        title = "<module>" if code.is_module else f"<code object {code.name}, line {code.firstlineno}>"
        header = (f"Disassembly of {title} ({code.filename}): {code.argcount} arguments{parameter_text(code)}, "
                  f"{code.nregs} registers, locals {code.varnames}")
        parts.append(header + "\n" + disassemble_code(code, module, notes and notes(code)))
    return "\n\n".join(parts) + "\n"
