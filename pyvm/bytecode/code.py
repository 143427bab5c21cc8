"""Code objects: what the front end produces and the JIT compiles (like CPython's, for registers)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Position:
    """PEP 657 source positions of one instruction (for tracebacks)."""
    line: int
    end_line: int
    col: int
    end_col: int


@dataclass(eq=False)
class CodeObject:
    name: str
    qualname: str
    filename: str
    firstlineno: int
    argcount: int = 0
    varnames: list = field(default_factory=list)      # registers 0..len-1 hold these locals
    nregs: int = 0
    instructions: list = field(default_factory=list)  # tuples: (opname, operand, ...)
    positions: list = field(default_factory=list)     # one Position per instruction
    consts: list = field(default_factory=list)
    names: list = field(default_factory=list)         # attribute, method and builtin names
    # (start, end, handler, register): an exception in instructions start..end-1 goes to the
    # handler, with the exception in the register. Inner handlers come first.
    exception_table: list = field(default_factory=list)
    is_module: bool = False
    module: "ModuleCode | None" = None

    def line_table(self):
        """(first instruction, last instruction, line) runs, like co_lines()."""
        runs = []
        for i, p in enumerate(self.positions):
            if runs and runs[-1][2] == p.line and runs[-1][1] == i - 1:
                runs[-1][1] = i
            else:
                runs.append([i, i, p.line])
        return [tuple(r) for r in runs]

    def handler_at(self, index: int):
        """(handler, register) for an exception in instruction index, or None: it leaves the function."""
        for start, end, handler, register in self.exception_table:
            if start <= index < end:
                return handler, register
        return None

    def children(self):
        return [c for c in self.consts if isinstance(c, CodeObject)]


@dataclass(eq=False)
class ModuleCode:
    """A compiled module: its top-level code and the global slots all its code shares."""
    code: CodeObject
    global_names: list = field(default_factory=list)
    source_lines: list = field(default_factory=list)

    def walk(self):
        """Every code object once, the module's first (code objects may refer to each other in cycles)."""
        todo = [self.code]
        seen = set()
        while todo:
            c = todo.pop(0)
            if id(c) in seen:
                continue
            seen.add(id(c))
            yield c
            todo.extend(c.children())
