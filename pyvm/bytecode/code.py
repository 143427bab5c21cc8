"""Code objects: what the front end produces and the JIT compiles (like CPython's, for registers)."""
from __future__ import annotations

from _operator import itemgetter

# Plain classes and tuples, not dataclasses or collections.namedtuple: importing dataclasses (and
# inspect through it) costs 3 ms of every start, and collections 1.2 ms.


class Position(tuple):
    """PEP 657 source positions of one instruction (for tracebacks), by name. Code objects hold them as
    plain tuples (line, end_line, col, end_col): made and loaded from the front end's cache 110,000 at
    a time, a subclass's objects cost 20 ms more."""
    __slots__ = ()
    line, end_line, col, end_col = (property(itemgetter(i)) for i in range(4))

    def __new__(cls, line: int, end_line: int, col: int, end_col: int):
        return tuple.__new__(cls, (line, end_line, col, end_col))


CO_VARARGS, CO_VARKEYWORDS = 0x04, 0x08      # CPython's co_flags: the code takes *args, **kwargs
CO_GENERATOR = 0x20                          # ... calling it makes a generator (it yields)
CO_COROUTINE = 0x80                          # ... a coroutine (an async def)
CO_ASYNC_GENERATOR = 0x200                   # ... an async generator (an async def that yields)
CO_SUSPENDS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR      # its frame outlives a call


class CodeObject:
    def __init__(self, name: str, qualname: str, filename: str, firstlineno: int, argcount: int = 0,
                 varnames: list | None = None, nregs: int = 0, instructions: list | None = None,
                 positions: list | None = None, consts: list | None = None, names: list | None = None,
                 exception_table: list | None = None, is_module: bool = False, module: "ModuleCode | None" = None):
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = argcount
        self.varnames = varnames if varnames is not None else []                # registers 0..len-1 hold these locals
        self.nregs = nregs
        self.instructions = instructions if instructions is not None else []    # tuples: (opname, operand, ...)
        self.positions = positions if positions is not None else []             # (line, end_line, col, end_col) each
        self.consts = consts if consts is not None else []
        self.names = names if names is not None else []                         # attribute, method and builtin names
        # (start, end, handler, register): an exception in instructions start..end-1 goes to the
        # handler, with the exception in the register. Inner handlers come first.
        self.exception_table = exception_table if exception_table is not None else []
        self.is_module = is_module
        self.module = module
        # Registers of variables nested functions share hold cells: the code's own (cellvars, made at
        # entry by MAKE_CELL) and its closure's (freevars, in closure order, set by COPY_FREE_VARS).
        self.cellvars: list = []
        self.freevars: list = []
        self.doc = -1                   # the index of the docstring in consts (functions only), or -1
        self.instance_slots = 0         # a class body: how many attributes its methods store on self
        self._handlers, self._handlers_key = [], None      # handlers(), and what it was built for
        # Parameters beyond the positional ones, as CPython counts them: registers 0..nparams-1 hold
        # the positional parameters (the first posonlyargcount of them positional-only), then the
        # keyword-only ones, then *args and **kwargs when flags has CO_VARARGS, CO_VARKEYWORDS.
        self.posonlyargcount = 0
        self.kwonlyargcount = 0
        self.flags = 0

    @property
    def nparams(self) -> int:
        """The registers the parameters occupy: what the fast entry takes, bound."""
        return self.argcount + self.kwonlyargcount + bool(self.flags & CO_VARARGS) + bool(self.flags & CO_VARKEYWORDS)

    @property
    def positional_only_call(self) -> bool:
        """Whether a call with exactly argcount positional arguments binds every parameter: then
        compiled code calls the fast entry directly. Never for code that suspends, which has no fast
        entry: calling it makes a generator or coroutine (docs/generators.md)."""
        return self.nparams == self.argcount and not self.suspends

    @property
    def suspends(self) -> bool:
        """Whether calling it makes a generator, coroutine or async generator (docs/generators.md)."""
        return bool(self.flags & CO_SUSPENDS)

    @property
    def interpreted_only(self) -> bool:
        """Code the JIT never compiles: an async generator's. A generator's or a coroutine's gets a
        resume entry once hot (docs/generators.md)."""
        return bool(self.flags & CO_ASYNC_GENERATOR)

    def __repr__(self):
        return f"<code {self.qualname} ({self.filename}, line {self.firstlineno})>"

    def cell_registers(self) -> set:
        return {self.varnames.index(name) for name in self.cellvars + self.freevars}

    def line_table(self):
        """(first instruction, last instruction, line) runs, like co_lines()."""
        runs = []
        for i, p in enumerate(self.positions):
            if runs and runs[-1][2] == p[0] and runs[-1][1] == i - 1:
                runs[-1][1] = i
            else:
                runs.append([i, i, p[0]])
        return [tuple(r) for r in runs]

    def handler_at(self, index: int):
        """(handler, register) for an exception in instruction index, or None: it leaves the function."""
        return self.handlers()[index]

    def handlers(self) -> list:
        """handler_at for every instruction, built once: the analyses ask for each instruction many
        times, and searching the table each time made nested finally clauses take minutes."""
        key = (len(self.instructions), len(self.exception_table))
        if self._handlers_key != key:
            table = [None] * len(self.instructions)
            for start, end, handler, register in reversed(self.exception_table):    # inner ones win
                table[start:end] = [(handler, register)] * (end - start)
            self._handlers, self._handlers_key = table, key
        return self._handlers

    def children(self):
        return [c for c in self.consts if isinstance(c, CodeObject)]


# The names bound in a module's namespace before its code runs (the script's, as CPython's runpy binds
# them, but __loader__; `python -c` binds no __file__ and __cached__): see vm.module_names.
MODULE_NAMES = ("__name__", "__doc__", "__package__", "__spec__", "__annotations__", "__builtins__", "__file__",
                "__cached__")


def const_key(value):
    """What tells constants apart, as CPython's compiler does (_PyCode_ConstantKey): equal values of
    one type are one constant (across a module: see jit/image.py), but not 0.0 and -0.0, 1 and True,
    (1,) and (1.0,), two nans, two code objects."""
    if isinstance(value, tuple):
        return tuple, tuple(const_key(v) for v in value)
    if isinstance(value, float):
        return float, repr(value), id(value) if value != value else 0
    if isinstance(value, CodeObject):
        return CodeObject, id(value)
    return type(value), value


class ModuleCode:
    """A compiled module: its top-level code, the global slots all its code shares, its docstring."""

    def __init__(self, code: CodeObject, global_names: list | None = None, source_lines: list | None = None,
                 doc: str | None = None):
        self.code = code
        self.global_names = global_names if global_names is not None else []
        self.source_lines = source_lines if source_lines is not None else []
        self.doc = doc
        # What the module's code is made from (frontend/cache.py: its source, filename and compiler),
        # when known: then it names the code in the JIT's symbols, instead of a hash of all of it.
        self.fingerprint: str | None = None

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

    # Not saved: the module (set again), the handlers cache (built again).
    UNSAVED = ("module", "_handlers", "_handlers_key")

    def to_marshal(self) -> tuple:
        """The module as values marshal can write (frontend/cache.py): each code object's fields, in
        walk order, with the code objects among its constants left out and listed as (constant
        index, code index) pairs."""
        codes = list(self.walk())
        index = {id(c): i for i, c in enumerate(codes)}
        saved = []
        for c in codes:
            fields = {k: v for k, v in vars(c).items() if k not in self.UNSAVED}
            fields["consts"] = [None if isinstance(v, CodeObject) else v for v in c.consts]
            refs = [(i, index[id(v)]) for i, v in enumerate(c.consts) if isinstance(v, CodeObject)]
            saved.append((fields, refs))
        return self.global_names, self.source_lines, self.doc, saved

    @classmethod
    def from_marshal(cls, data: tuple) -> "ModuleCode":
        global_names, source_lines, doc, saved = data
        module = cls(None, global_names, source_lines, doc)
        codes = []
        for fields, _ in saved:
            code = CodeObject.__new__(CodeObject)
            code.__dict__.update(fields)
            code.module, code._handlers, code._handlers_key = module, [], None
            codes.append(code)
        for code, (_, refs) in zip(codes, saved):
            for i, j in refs:
                code.consts[i] = codes[j]
        module.code = codes[0]
        return module
