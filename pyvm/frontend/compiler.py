"""Python source -> `ast` and `symtable` -> register bytecode (DESIGN.md 2, 3).

Each function's locals live in fixed registers (parameters first);
temporaries are allocated above them, stack-like. Names a function does not
assign are module globals, or builtins when the module never binds them.
Anything outside the supported language raises `Unsupported` with its line.
"""
from __future__ import annotations

# The node classes, without ast.py's own imports (enum, contextlib, ...: 3 ms of every start);
# `parse` below is ast.py's, in short.
import _ast as ast
import _symtable                        # the tables themselves: symtable.py's classes cost 1.3 ms to import
import gc
import warnings

from pyvm.bytecode.code import (CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, MODULE_NAMES,
                                 CodeObject, ModuleCode, const_key)
from pyvm.bytecode.opcodes import (BINARY_OPS, BUILTINS, COMPARE_OPS, INSTRUCTIONS, NO_FALLTHROUGH, UNARY_OPS,
                                   is_cpython_builtin)
from pyvm.frontend.scan import Facts, walk

MODULES = {"sys", "builtins"}
DISPLAY_CHUNK = 30          # the elements of a list or tuple display held in registers at once
MAP_CHUNK = 16              # the pairs of a dict display built at once; past that, added one by one (CPython 3.11)

_BINOP = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
          ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
          ast.MatMult: "@"}
_CMPOP = {ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">=",
          ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}
_UNOP = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not"}
# Per instruction: how many operands it takes, and which of them are labels (CodeBuilder.emit).
OPERANDS = {ins.name: (len(ins.operands), tuple(i for i, kind in enumerate(ins.operands) if kind == "label"))
            for ins in INSTRUCTIONS}

# What the user is told for each construct pyvm cannot compile yet.
UNSUPPORTED = {
    "TryStar": "except* (exception groups)", "Starred": "starred expressions",
    "Match": "match statements", "ImportFrom": "from-imports",
}


def parse(source, filename: str):
    """ast.parse(source, filename)."""
    return compile(source, filename, "exec", ast.PyCF_ONLY_AST, dont_inherit=True, _feature_version=-1)


def scope(flags: int) -> int:
    """A symbol's scope (LOCAL, CELL, FREE, GLOBAL_...), from its flags in a symbol table."""
    return (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK


def is_local(flags: int) -> bool:
    return scope(flags) in (_symtable.LOCAL, _symtable.CELL)


SCOPE_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp, ast.SetComp,
               ast.DictComp, ast.GeneratorExp)


def nested_scopes(block) -> list:
    """The scopes (function, lambda, class, comprehension nodes) directly inside a block, in the order
    CPython's symtable visits them: the order of its table's children. Mostly the order of the
    tree's fields; a def's defaults, annotations and decorators belong to the enclosing block."""
    found = []

    def visit(node):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            a = node.args
            for e in a.defaults + [d for d in a.kw_defaults if d is not None]:
                visit(e)
            if not isinstance(node, ast.Lambda):
                for arg in a.posonlyargs + a.args + [a.vararg] + a.kwonlyargs + [a.kwarg]:
                    if arg is not None and arg.annotation is not None:
                        visit(arg.annotation)
                if node.returns is not None:
                    visit(node.returns)
                for d in node.decorator_list:
                    visit(d)
            found.append(node)
        elif isinstance(node, ast.ClassDef):
            for e in node.bases + [k.value for k in node.keywords] + node.decorator_list:
                visit(e)
            found.append(node)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            visit(node.generators[0].iter)            # evaluated in the enclosing scope
            found.append(node)
        else:
            visit_fields(node)

    def visit_fields(node):
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, ast.AST):
                visit(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        visit(item)

    if isinstance(block, ast.Lambda):
        visit(block.body)
    elif isinstance(block, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        first = block.generators[0]
        for e in [first.target] + first.ifs:
            visit(e)
        for g in block.generators[1:]:
            visit_fields(g)
        for e in ([block.value] if isinstance(block, ast.DictComp) else []) + [
                block.key if isinstance(block, ast.DictComp) else block.elt]:
            visit(e)
    else:
        for statement in block.body:
            visit(statement)
    return found


def yields(block) -> bool:
    """Whether a def's or lambda's own code yields (CPython's ste_generator): a yield outside the scopes
    nested in it, the first iterable of a comprehension being the enclosing scope's."""
    def visit(node) -> bool:
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return False            # (their defaults and decorators cannot yield either: 'yield' outside function)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            return visit(node.generators[0].iter)
        return any(visit(child) for child in children(node))
    return any(visit(node) for node in ([block.body] if isinstance(block, ast.Lambda) else block.body))


def suspends(node, yielding: bool) -> int:
    """The flag of a def's, lambda's or comprehension's code: CO_GENERATOR when it yields;
    CO_COROUTINE, or CO_ASYNC_GENERATOR when it also yields, for an async def."""
    if isinstance(node, ast.AsyncFunctionDef):
        return CO_ASYNC_GENERATOR if yielding else CO_COROUTINE
    return CO_GENERATOR if yielding else 0


def awaits(node) -> bool:
    """Whether a comprehension's own code awaits (async for, await, an async comprehension but a generator
    expression in it), which makes it a coroutine's, as CPython 3.11's ste_coroutine: its first iterable
    is the enclosing scope's."""
    def visit(n) -> bool:
        if isinstance(n, ast.Await):
            return True
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return False
        if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp)) and awaits(n):
            return True
        if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            return visit(n.generators[0].iter)
        return any(visit(child) for child in children(n))
    first = node.generators[0]
    parts = [first.target, *first.ifs, *node.generators[1:]]
    parts += [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
    return any(g.is_async for g in node.generators) or any(visit(p) for p in parts)


def children(node):
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, ast.AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, ast.AST))


class Unsupported(Exception):
    def __init__(self, what: str, node):
        super().__init__(what)
        self.what = what
        self.line = getattr(node, "lineno", 0)


UTF8_BOM = b"\xef\xbb\xbf"


def check_file_source(data: bytes, filename: str) -> None:
    """The errors CPython's file reader gives before parsing, with its messages (compiling the same
    bytes as a string words them differently)."""
    encoding, declared_at = declared_encoding(data)
    if encoding is not None and encoding != "utf-8":
        if data.startswith(UTF8_BOM):
            raise SyntaxError(f"encoding problem: {encoding} with BOM")
        if not reopens(data[declared_at - 1:], encoding):
            raise SyntaxError(f"encoding problem: {encoding}")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        if encoding is None:                       # else the parser decodes it, and reports a bad declaration
            if b"\0" not in data[:e.start]:        # CPython reads the file in order: the first error wins
                line = data.count(b"\n", 0, e.start) + 1
                raise SyntaxError(f"Non-UTF-8 code starting with '\\x{data[e.start]:02x}' in file {filename} on "
                                  f"line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ "
                                  "for details") from None
    if b"\0" in data:
        at = data.index(b"\0")
        line = data.count(b"\n", 0, at) + 1
        text = data[data.rfind(b"\n", 0, at) + 1:at].decode("utf-8", "replace")
        raise SyntaxError("source code cannot contain null bytes", (filename, line, 0, text, line, 0))


def reopens(rest: bytes, encoding: str) -> bool:
    """Whether CPython's file reader can go on in the declared encoding. It reopens the file with
    io.open(encoding), from the last byte of the line that declares it, and reads the end of that
    line: io must know the encoding as a text encoding, and decode what it reads at once (8 KiB)."""
    import io
    try:
        io.TextIOWrapper(io.BytesIO(rest), encoding).readline()
    except Exception:                   # LookupError, UnicodeError, or whatever the codec raises
        return False
    return True


def declared_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a file's first two lines declare (PEP 263), by the name CPython's tokenizer
    gives it (utf-8-foo is utf-8), or None; and where the line declaring it ends."""
    bom = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    first_lines = data[bom:].splitlines(keepends=True)[:2]
    if not any(b"coding" in line for line in first_lines):
        return None, 0
    import tokenize                     # and re: 2 ms, which most files never pay
    end = bom
    for line in first_lines:
        end += len(line)
        match = tokenize.cookie_re.match(line.decode("latin-1"))
        if match:
            return tokenize._get_normal_name(match.group(1)), end    # the C tokenizer's get_normal_name
        if not tokenize.blank_re.match(line):       # only a comment or blank line may come before it
            break
    return None, 0


def decode_source(data: bytes) -> str:
    """A file's text as CPython decodes it, once check_file_source has accepted it."""
    if declared_encoding(data)[0] is not None:
        import importlib.util
        return importlib.util.decode_source(data)
    if data.startswith(UTF8_BOM):               # a BOM (decoding as "utf-8-sig" would import its codec)
        data = data[len(UTF8_BOM):]
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")    # universal newlines


def compile_module(source, filename: str) -> ModuleCode:
    """Compile a module (str, or bytes in the file's declared encoding); SyntaxError propagates as
    Python raises it, encoding errors included."""
    with paused_collector():
        return compile_tree(source, filename)


class paused_collector:
    """The host's collector paused: it would look at a growing tree or module again and again (many
    small objects, none garbage until the end): 0.5 s of compiling a 20,000-line program."""

    def __enter__(self):
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.enabled:
            gc.enable()


def compile_tree(source, filename: str) -> ModuleCode:
    if isinstance(source, bytes):
        check_file_source(source, filename)
    tree = parse(source, filename)
    # CPython's own compiler, run on the tree, issues the SyntaxWarnings `python` prints ("is" with
    # a literal, an assert that is always true, ...) through the warnings module, and its
    # compile-time SyntaxErrors. Its bytecode is not used.
    compile(tree, filename, "exec", dont_inherit=True)
    if isinstance(source, bytes):
        source = decode_source(source)
    module = ModuleCode(code=None, source_lines=source.splitlines(), doc=docstring(tree))
    with warnings.catch_warnings():       # parsing again, folding: their warnings came out once already
        warnings.simplefilter("ignore")
        table = _symtable.symtable(source, filename, "exec")
        facts = Facts(tree)
    unit = CodeBuilder(module, table, facts.tree, "<module>", "<module>", filename, 1, is_module=True, facts=facts)
    unit.setup_annotations(tree)
    unit.body(tree.body)
    unit.emit(tree, "LOAD_CONST", unit.temp_at(0), unit.const(None))
    unit.emit(tree, "RETURN", unit.temp_at(0))
    module.code = unit.finish()
    return module


def unsupported_constant(value) -> str | None:
    """What pyvm lacks to hold a constant, if anything (a folded tuple may hold any constant)."""
    if isinstance(value, tuple):
        return next(filter(None, map(unsupported_constant, value)), None)
    if isinstance(value, complex):
        return "complex numbers"
    return None


def docstring(tree):
    """The docstring of a module or a def (its __doc__): a first statement that is a string."""
    first = tree.body[0] if tree.body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return first.value.value
    return None


def needs_class_cell(table) -> bool:
    """Whether a class body makes the __class__ cell: a function in it uses super() or __class__
    (CPython's ste_needs_class_closure)."""
    return any(scope(child.symbols.get("__class__", 0)) == _symtable.FREE for child in table.children)


def self_attributes(node) -> set:
    """The attributes a class's methods assign on their first parameter (`self.x = ...`): the slots
    its instances start with (the seed report's scan of the class, DESIGN.md 12)."""
    names = set()
    for method in node.body:
        if not isinstance(method, ast.FunctionDef) or not (method.args.posonlyargs + method.args.args):
            continue
        first = (method.args.posonlyargs + method.args.args)[0].arg
        for n in walk(method):
            if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store) and isinstance(n.value, ast.Name) \
                    and n.value.id == first:
                names.add(n.attr)
    return names


class Handler:
    """Where an exception goes: the handler's label, and the register that receives the exception."""

    def __init__(self, register):
        self.label = Label()
        self.register = register


def last_comparison(test):
    """The last comparison CPython 3.11's compiler visits when it branches on test (through and,
    or, not): its position stays current for the code that follows, e.g. an assert's raise."""
    if isinstance(test, ast.Compare):
        return test
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return last_comparison(test.operand)
    if isinstance(test, ast.BoolOp):
        found = None
        for value in test.values:
            found = last_comparison(value) or found
        return found
    return None


# What encloses the code being compiled, innermost last (CodeBuilder.unwind). Leaving an entry by
# return, break or continue runs its `leave` code; `handler` (or None) catches exceptions inside it.

class Loop:
    handler = None

    def __init__(self, continue_label, break_label, closing=None):
        self.continue_label = continue_label
        self.break_label = break_label
        self.closing = closing      # a for loop over f(...): the registers of its iterator and of f

    def leave(self, builder, node):
        """Left by break or return: a generator f(...) made, which the loop alone holds, is closed
        (CPython frees it there: docs/generators.md)."""
        if self.closing:
            builder.emit(node, "CLOSE_ITER", *self.closing)


class TryBody:
    """The body of a try statement with except clauses."""

    def __init__(self, handler):
        self.handler = handler

    def leave(self, builder, node):
        pass


class FinallyBody:
    """The body of a try statement with a finally clause: leaving it runs a copy of the clause."""

    def __init__(self, finalbody, handler):
        self.finalbody = finalbody
        self.handler = handler

    def leave(self, builder, node):
        builder.body(self.finalbody)


class WithBody:
    """The body of a with statement: leaving it calls __exit__(None, None, None)."""

    def __init__(self, node, exit, handler):
        self.node = node
        self.exit = exit
        self.handler = handler

    def leave(self, builder, node):
        builder.exit_with_nones(self.node, self.exit)


class HandlerBody:
    """An except clause or the exception path of a finally clause: leaving it restores the
    exception being handled before, and unbinds the `as` name."""

    def __init__(self, saved, name, handler):
        self.saved = saved
        self.name = name
        self.handler = handler

    def leave(self, builder, node):
        builder.emit(node, "POP_EXC_INFO", self.saved)
        if self.name is not None:
            builder.unbind(node, self.name)


class Label:
    """A jump target, patched into instructions once placed."""

    def __init__(self):
        self.at = None
        self.reached = False        # by a jump emitted so far, or (a handler's label) by an exception


class CodeBuilder:
    def __init__(self, module, table, block, name, qualname, filename, firstlineno, *, facts, is_module=False,
                 args=(), argcount=0, is_class=False):
        """block: the node whose code this is (the module, a def, a lambda, a class body); facts: the module's
        (scan.Facts); args: its parameters' names, the first argcount of them positional. A class body's one
        parameter is the namespace its names live in (LOAD_NAME, STORE_NAME): its registers hold only that
        and cells."""
        self.is_class = is_class
        self.module = module
        self.table = table
        self.block = block
        self.child_tables = None            # id(scope node) -> its symbol table (tables_of)
        self.facts = facts
        self.rebound = facts.bound
        self.code = CodeObject(name, qualname, filename, firstlineno, argcount=argcount, is_module=is_module,
                               module=module)
        self.locals: dict[str, int] = {}
        self.cells: set = set()             # names whose register holds a cell (LOAD_DEREF, STORE_DEREF)
        if not is_module:
            # Registers in CPython's order of its frames' locals: parameters, other locals, then the
            # variables nested functions share (cellvars) and the closure's (freevars), each sorted.
            symbols = table.symbols
            for a in args:
                self.local_register(a)
            for name, flags in symbols.items():
                if scope(flags) == _symtable.LOCAL and not flags & _symtable.DEF_PARAM and not is_class:
                    self.local_register(name)
            self.code.cellvars = sorted(n for n, flags in symbols.items() if scope(flags) == _symtable.CELL)
            if is_class and needs_class_cell(table):
                self.code.cellvars = ["__class__"]
            self.code.freevars = sorted(n for n, flags in symbols.items() if scope(flags) == _symtable.FREE)
            for name in self.code.cellvars + self.code.freevars:
                self.local_register(name)
            self.cells = set(self.code.cellvars + self.code.freevars)
        self.next_temp = len(self.locals)
        self.unwind: list = []          # Loop, TryBody, FinallyBody, HandlerBody
        self.handler_of: list = []      # the Handler (or None) of each instruction emitted
        self.unbindable: set = set()    # locals an except clause unbinds: read with CHECK_BOUND even as parameters
        # False after a return, raise or jump until the next label: code there is dead and not emitted, as
        # CPython drops it. It matters for finally clauses, copied onto every way out of their try body:
        # without it each level of nesting would triple the code instead of doubling it.
        self.reachable = True
        # The statement compiled last, nested ones included: where CPython's compiler leaves its current
        # position, which the instruction ending a finally clause takes (see stmt_Return, stmt_Try).
        self.last_statement = None
        self.const_index: dict = {}     # const_key -> index in code.consts
        self.is_comprehension = False
        self.name_index: dict = {}      # a name -> its index in code.names
        self.to_patch: list = []        # the instructions with labels, patched by finish()

    # -- registers and pools ------------------------------------------------------------

    def enter(self):
        """The code's first instructions, in CPython 3.11's order: the closure's cells into their
        registers, then cells for its shared variables (holding the parameter's value for a
        parameter). Copying first also reads the function's closure before making a cell can
        collect and move the function (compiled code holds it in no frame record)."""
        if self.code.freevars:
            first = self.locals[self.code.freevars[0]]
            self.emit(self.block, "COPY_FREE_VARS", (first, len(self.code.freevars)))
        for name in self.code.cellvars:
            r = self.locals[name]
            self.emit(self.block, "MAKE_CELL", r, r)

    def tables_of(self, node):
        """The symbol table of a scope directly inside this code."""
        if self.child_tables is None:
            self.child_tables = dict(zip(map(id, nested_scopes(self.block)), self.table.children))
        return self.child_tables[id(node)]

    def local_register(self, name):
        if name not in self.locals:
            self.locals[name] = len(self.locals)
            self.code.varnames.append(name)
        return self.locals[name]

    def temp(self) -> int:
        r = self.next_temp
        self.next_temp += 1
        self.code.nregs = max(self.code.nregs, self.next_temp)
        return r

    def temp_at(self, i: int) -> int:
        while self.next_temp <= len(self.locals) + i:
            self.temp()
        return len(self.locals) + i

    def temps(self, n: int) -> int:
        first = self.next_temp
        for _ in range(n):
            self.temp()
        return first

    def const(self, value) -> int:
        key = const_key(value)
        if key not in self.const_index:
            self.const_index[key] = len(self.code.consts)
            self.code.consts.append(value)
        return self.const_index[key]

    def name(self, text: str) -> int:
        index = self.name_index.get(text)
        if index is None:
            index = self.name_index[text] = len(self.code.names)
            self.code.names.append(text)
        return index

    def global_slot(self, text: str) -> int:
        if text not in self.module.global_names:
            self.module.global_names.append(text)
        return self.module.global_names.index(text)

    # -- emitting -------------------------------------------------------------------------

    def emit(self, node, opname, *operands):
        if not self.reachable:
            return
        self.reachable = opname not in NO_FALLTHROUGH
        count, labels = OPERANDS[opname]
        assert len(operands) == count, (opname, operands)
        instructions = self.code.instructions
        if labels:
            for i in labels:
                operands[i].reached = True
            self.to_patch.append(len(instructions))
            instructions.append([opname, *operands])
        else:
            instructions.append((opname, *operands))
        handler = self.current_handler() if self.unwind else None
        self.handler_of.append(handler)
        if handler is not None:
            handler.label.reached = True
        self.code.positions.append(self.position(node))

    def position(self, node) -> tuple:
        """Where the instructions made for node are (PEP 657): its own place, else the code's first line."""
        try:
            line, end_line, col, end_col = node.lineno, node.end_lineno, node.col_offset, node.end_col_offset
        except AttributeError:          # a node the compiler made, without an end or without a place
            line, end_line = getattr(node, "lineno", None), getattr(node, "end_lineno", None)
            col, end_col = getattr(node, "col_offset", 0), getattr(node, "end_col_offset", 0)
        return line or self.code.firstlineno, end_line or line or 0, col or 0, end_col or 0

    def place(self, label: Label):
        label.at = len(self.code.instructions)
        self.reachable = self.reachable or label.reached

    def finish(self) -> CodeObject:
        instructions = self.code.instructions
        for index in self.to_patch:
            instructions[index] = tuple(x.at if isinstance(x, Label) else x for x in instructions[index])
        self.code.nregs = max(self.code.nregs, len(self.locals), 1)
        runs = []
        for index, handler in enumerate(self.handler_of):
            if handler is None:
                continue
            if runs and runs[-1][1] == index and runs[-1][2] is handler:
                runs[-1][1] = index + 1
            else:
                runs.append([index, index + 1, handler])
        self.code.exception_table = [(start, end, h.label.at, h.register) for start, end, h in runs]
        return self.code

    def current_handler(self):
        for entry in reversed(self.unwind):
            if entry.handler is not None:
                return entry.handler
        return None

    def syntax_error(self, message, node):
        """A SyntaxError found after parsing, located as CPython's compiler locates it (which shows the
        source line only when it can read it from the file: not for -c)."""
        lines = self.module.source_lines
        from_file = not self.code.filename.startswith("<")
        line = lines[node.lineno - 1] if from_file and 0 < node.lineno <= len(lines) else None
        return SyntaxError(message, (self.code.filename, node.lineno, node.col_offset + 1, line,
                                     node.end_lineno, (node.end_col_offset or 0) + 1))

    def leave_entries(self, node, down_to_loop: bool):
        """Emit what leaving the enclosing entries needs (finally copies, handler exits), innermost
        first, each compiled as code outside the entries it leaves; returns the loop reached."""
        saved = self.unwind
        try:
            for k in range(len(saved) - 1, -1, -1):
                entry = saved[k]
                if down_to_loop and isinstance(entry, Loop):
                    return entry
                self.unwind = saved[:k]
                entry.leave(self, node)
        finally:
            self.unwind = saved
        return None

    # -- statements ---------------------------------------------------------------------

    def body(self, statements):
        for s in statements:
            mark = self.next_temp
            self.statement(s)
            self.next_temp = mark

    def statement(self, node):
        if not self.reachable:
            return
        method = STATEMENTS.get(type(node))
        if method is None:
            raise Unsupported(UNSUPPORTED.get(type(node).__name__, type(node).__name__), node)
        self.last_statement = node
        method(self, node)

    def stmt_Pass(self, node):
        pass

    def stmt_Global(self, node):
        pass            # the symbol table says where each name lives

    def stmt_Nonlocal(self, node):
        pass

    def stmt_Expr(self, node):
        self.expr(node.value)

    def stmt_Return(self, node):
        if self.code.is_module:
            raise self.syntax_error("'return' outside function", node)
        r = self.expr(node.value) if node.value is not None else self.load_const(node, None)
        where = node
        if any(not isinstance(e, (Loop, TryBody)) or (isinstance(e, Loop) and e.closing) for e in self.unwind):
            keep = self.temp()                  # a finally clause may rebind the returned local
            self.emit(node, "MOVE", keep, r)
            r = keep
            self.leave_entries(node, down_to_loop=False)
            left = [e for e in self.unwind if isinstance(e, (FinallyBody, WithBody))]
            if left:        # the frame returns from the outermost one's code: a with's line, a finally's last
                where = left[0].node if isinstance(left[0], WithBody) else self.last_statement
        self.emit(where, "RETURN", r)

    def stmt_Import(self, node):
        for alias in node.names:
            if alias.name not in MODULES:
                raise Unsupported(f"import of module {alias.name}", node)
            r = self.temp()
            self.emit(node, "IMPORT", r, self.name(alias.name))
            self.store_name(node, alias.asname or alias.name, r)

    def stmt_ClassDef(self, node):
        """As CPython 3.11: the decorators, then __build_class__(body function, name, *bases, **keywords),
        the decorators applied, the name bound."""
        if any(isinstance(b, ast.Starred) for b in node.bases) or any(k.arg is None for k in node.keywords):
            raise Unsupported("class bases or keywords with * or **", node)
        decorators = self.temps(len(node.decorator_list))
        for i, d in enumerate(node.decorator_list):
            self.expr(d, decorators + i)
        build = self.temp()
        self.emit(node, "LOAD_BUILTIN", build, self.name("__build_class__"))
        n = 2 + len(node.bases) + len(node.keywords)
        parts = self.temps(4)
        args = self.temps(n)
        self.make_function(node, self.class_body(node), parts, False, False, args)
        self.load_const(node, node.name, args + 1)
        for i, e in enumerate(node.bases + [k.value for k in node.keywords]):
            self.expr(e, args + 2 + i)
        cls = self.temp()
        if node.keywords:
            self.emit(node, "CALL_KW", cls, build, (args, n), self.const(tuple(k.arg for k in node.keywords)))
        else:
            self.emit(node, "CALL", cls, build, (args, n))
        for i in reversed(range(len(node.decorator_list))):
            self.emit(node.decorator_list[i], "CALL", cls, decorators + i, (cls, 1))
        self.store_name(node, node.name, cls)

    def class_body(self, node) -> CodeObject:
        """The code of a class body: __module__, __qualname__ and __doc__ set first, the statements, then
        the __class__ cell (when a method uses super() or __class__) left in the namespace for
        __build_class__ to fill."""
        explicit_global = scope(self.table.symbols.get(node.name, 0)) == _symtable.GLOBAL_EXPLICIT
        qual = self.child_qualname(node.name, explicit_global)
        first_line = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        builder = CodeBuilder(self.module, self.tables_of(node), node, node.name, qual, self.code.filename, first_line,
                              facts=self.facts, args=[".namespace"], argcount=1, is_class=True)
        builder.code.instance_slots = len(self_attributes(node))
        builder.enter()
        r = builder.temp()
        builder.emit(node, "LOAD_NAME", r, builder.name("__name__"), builder.global_slot("__name__"))
        builder.emit(node, "STORE_NAME", builder.name("__module__"), r)
        builder.emit(node, "LOAD_CONST", r, builder.const(qual))
        builder.emit(node, "STORE_NAME", builder.name("__qualname__"), r)
        doc = docstring(node)
        if doc is not None:
            builder.emit(node.body[0], "LOAD_CONST", r, builder.const(doc))
            builder.emit(node.body[0], "STORE_NAME", builder.name("__doc__"), r)
        builder.body(node.body[1:] if doc is not None else node.body)
        last = node.body[-1]
        end = ast.Pass(lineno=getattr(last, "end_lineno", node.lineno), col_offset=0)
        if "__class__" in builder.code.cellvars:
            builder.emit(end, "STORE_NAME", builder.name("__classcell__"), builder.locals["__class__"])
        builder.emit(end, "LOAD_CONST", r, builder.const(None))
        builder.emit(end, "RETURN", r)
        return builder.finish()

    def stmt_AsyncFunctionDef(self, node):
        self.stmt_FunctionDef(node)

    def stmt_FunctionDef(self, node):
        decorators = self.temps(len(node.decorator_list))
        for i, d in enumerate(node.decorator_list):
            self.expr(d, decorators + i)
        f = self.function(node, node.name, node.body)
        for i in reversed(range(len(node.decorator_list))):
            # applied innermost first; a failing call is reported at the decorator, as CPython 3.11 does
            self.emit(node.decorator_list[i], "CALL", f, decorators + i, (f, 1))
        self.store_name(node, node.name, f)

    def expr_Lambda(self, node, dst):
        return self.function(node, "<lambda>", [ast.Return(value=node.body, lineno=node.body.lineno,
                                                            col_offset=node.body.col_offset,
                                                            end_lineno=node.body.end_lineno,
                                                            end_col_offset=node.body.end_col_offset)], dst)

    def function(self, node, name, body, dst=None) -> int:
        """Compile a def's or lambda's code; the register of the function object made of it."""
        a = node.args
        # MAKE_FUNCTION's parts: the defaults tuple, keyword-only defaults, annotations, closure.
        parts = self.temps(4)
        if a.defaults:
            first = self.temps(len(a.defaults))
            for i, d in enumerate(a.defaults):
                self.expr(d, first + i)
            self.emit(node, "BUILD_TUPLE", parts, (first, len(a.defaults)))
        kwdefaults = [(p.arg, d) for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None]
        if kwdefaults:
            first = self.temps(len(kwdefaults))
            for i, (_, d) in enumerate(kwdefaults):
                self.expr(d, first + i)
            self.emit(node, "BUILD_KWARGS", parts + 1, (first, len(kwdefaults)),
                      self.const(tuple(name for name, _ in kwdefaults)))
        child_table = self.tables_of(node)
        explicit_global = scope(self.table.symbols.get(name, 0)) == _symtable.GLOBAL_EXPLICIT and name != "<lambda>"
        qual = self.child_qualname(name, explicit_global)
        first_line = node.decorator_list[0].lineno if getattr(node, "decorator_list", None) else node.lineno
        # Parameters in CPython's order of co_varnames: positional, keyword-only, *args, **kwargs.
        params = a.posonlyargs + a.args + a.kwonlyargs + [p for p in (a.vararg, a.kwarg) if p is not None]
        builder = CodeBuilder(self.module, child_table, node, name, qual, self.code.filename, first_line,
                              facts=self.facts, args=[p.arg for p in params],
                              argcount=len(a.posonlyargs) + len(a.args))
        builder.code.posonlyargcount = len(a.posonlyargs)
        builder.code.kwonlyargcount = len(a.kwonlyargs)
        builder.code.flags = ((CO_VARARGS if a.vararg else 0) | (CO_VARKEYWORDS if a.kwarg else 0)
                              | suspends(node, yields(node)))
        builder.unbindable = self.facts.unbound[id(node)]
        doc = docstring(node) if name != "<lambda>" else None
        if doc is not None:
            builder.code.doc = builder.const(doc)
        builder.enter()
        builder.body(body)
        last = body[-1] if body else node
        end = ast.Pass(lineno=getattr(last, "end_lineno", node.lineno), col_offset=0)
        r = builder.temp()
        builder.emit(end, "LOAD_CONST", r, builder.const(None))
        builder.emit(end, "RETURN", r)
        return self.make_function(node, builder.finish(), parts, bool(a.defaults), bool(kwdefaults), dst)

    def child_qualname(self, name, explicit_global=False):
        """CPython's __qualname__ of a def, lambda or comprehension directly in this code."""
        if self.code.is_module or explicit_global:
            return name
        if self.is_comprehension or self.is_class:
            return f"{self.code.qualname}.{name}"
        return f"{self.code.qualname}.<locals>.{name}"

    def make_function(self, node, code, parts, defaults, kwdefaults, dst):
        """MAKE_FUNCTION of code: its defaults tuple and keyword-only defaults in the registers parts and
        parts + 1 when present, its closure made here of the cells of its free variables."""
        if code.freevars:
            cells = self.temps(len(code.freevars))
            for i, free in enumerate(code.freevars):
                self.emit(node, "MOVE", cells + i, self.locals[free])       # the cell itself, not its contents
            self.emit(node, "BUILD_TUPLE", parts + 3, (cells, len(code.freevars)))
        present = (defaults, kwdefaults, False, bool(code.freevars))
        for i in range(4):
            if any(present) and not present[i]:
                self.load_const(node, None, parts + i)
        f = self.target(dst)
        self.emit(node, "MAKE_FUNCTION", f, self.const(code), (parts, 4 if any(present) else 0))
        return f

    def expr_ListComp(self, node, dst):
        return self.comprehension(node, "<listcomp>", dst)

    def expr_DictComp(self, node, dst):
        return self.comprehension(node, "<dictcomp>", dst)

    def expr_SetComp(self, node, dst):
        return self.comprehension(node, "<setcomp>", dst)

    def expr_GeneratorExp(self, node, dst):
        return self.comprehension(node, "<genexpr>", dst)

    def expr_Yield(self, node, dst):
        value = self.expr(node.value) if node.value is not None else self.load_const(node, None)
        r = self.target(dst)
        self.emit(node, "YIELD_VALUE", r, value)
        return r

    def expr_YieldFrom(self, node, dst):
        """As CPython 3.11's GET_YIELD_FROM_ITER and SEND loop, in one instruction the interpreter resumes
        at: it sends the register that receives the value sent in, None at first."""
        iterator = self.temp()
        self.emit(node, "GET_ITER", iterator, self.expr(node.value))
        sent = self.load_const(node, None)
        r = self.target(dst)
        self.emit(node, "YIELD_FROM", r, iterator, sent)
        return r

    def expr_Await(self, node, dst):
        return self.await_value(node, self.expr(node.value), 0, dst)

    def await_value(self, node, value, where, dst=None):
        """As CPython 3.11's GET_AWAITABLE and SEND loop: yield from the awaitable of the value in register
        value (where: 0 an await, 1 and 2 __aenter__'s and __aexit__'s result)."""
        iterator = self.temp()
        self.emit(node, "GET_AWAITABLE", iterator, value, where)
        sent = self.load_const(node, None)
        r = self.target(dst)
        self.emit(node, "YIELD_FROM", r, iterator, sent)
        return r

    def comprehension(self, node, name, dst):
        """A list, set or dict comprehension or a generator expression as CPython 3.11 compiles it: a
        function of its own scope (its frame shows in tracebacks as <listcomp>, <setcomp>, <dictcomp> or
        <genexpr>), called at once with an iterator over the first iterable, which the enclosing code
        evaluates. (3.12 inlines comprehensions; 3.11's frames must show.) A generator expression's
        function yields each item: calling it makes the generator. A comprehension that awaits (async for,
        await) is a coroutine's code, awaited at once; a generator expression's, an async generator's."""
        asynchronous = awaits(node)
        builder = CodeBuilder(self.module, self.tables_of(node), node, name, self.child_qualname(name),
                              self.code.filename, node.lineno, facts=self.facts, args=[".0"], argcount=1)
        builder.is_comprehension = True
        builder.enter()
        result = builder.temp()
        if asynchronous:
            builder.code.flags = CO_ASYNC_GENERATOR if isinstance(node, ast.GeneratorExp) else CO_COROUTINE
        if isinstance(node, ast.GeneratorExp):
            builder.code.flags = builder.code.flags or CO_GENERATOR
            builder.comprehension_loop(node, 0, result)
            builder.load_const(node, None, result)
        else:
            builder.emit(node, {"<listcomp>": "BUILD_LIST", "<setcomp>": "BUILD_SET"}.get(name, "BUILD_MAP"), result,
                         (result, 0))
            builder.comprehension_loop(node, 0, result)
        builder.emit(node, "RETURN", result)
        parts = self.temps(4)
        f = self.make_function(node, builder.finish(), parts, False, False, None)
        iterator = self.temp()
        self.emit(node, "GET_AITER" if node.generators[0].is_async else "GET_ITER", iterator,
                  self.expr(node.generators[0].iter))
        r = self.target(dst)
        self.emit(node, "CALL", r, f, (iterator, 1))
        if asynchronous and not isinstance(node, ast.GeneratorExp):
            self.await_value(node, r, 0, r)
        return r

    def comprehension_loop(self, node, k, result):
        """The loop of the comprehension's generator k and those after it, in the comprehension's code."""
        mark = self.next_temp
        generator = node.generators[k]
        if k == 0:
            iterator = self.locals[".0"]
        else:
            iterator = self.temp()
            self.emit(node, "GET_AITER" if generator.is_async else "GET_ITER", iterator,    # CPython: at the whole
                      self.expr(generator.iter))                                         # comprehension
        top, done = Label(), Label()
        item = self.temp()
        self.place(top)
        if generator.is_async:
            self.async_next(node, item, iterator, done)
        else:
            self.emit(node, "FOR_ITER", item, iterator, done)
        self.assign(generator.target, item)
        for test in generator.ifs:
            inner = self.next_temp
            self.emit(node, "JUMP_IF_FALSE", self.expr(test), top)
            self.next_temp = inner
        if k + 1 < len(node.generators):
            self.comprehension_loop(node, k + 1, result)
        elif isinstance(node, ast.DictComp):
            key = self.expr(node.key)           # the key first (CPython 3.8 and later)
            self.emit(node, "MAP_ADD", result, key, self.expr(node.value))
        elif isinstance(node, ast.SetComp):
            self.emit(node, "SET_ADD", result, self.expr(node.elt))
        elif isinstance(node, ast.GeneratorExp):
            self.emit(node, "YIELD_VALUE", self.temp(), self.expr(node.elt))
        else:
            self.emit(node, "LIST_APPEND", result, self.expr(node.elt))
        self.emit(node, "JUMP", top)
        self.place(done)
        self.next_temp = mark

    def expr_Dict(self, node, dst):
        """As CPython 3.11's compiler_dict: runs of at most MAP_CHUNK pairs built at once (BUILD_MAP), a
        longer run made pair by pair (MAP_ADD), each **mapping and each run after the first merged into
        the dict (DICT_UPDATE)."""
        d = self.temp()
        made = False
        run = []
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            if key is not None:
                run.append((key, value))
                if len(run) <= MAP_CHUNK and i + 1 < len(node.keys):
                    continue
            if run:
                self.dict_part(node, run, d, made)
                made = True
                run = []
            if key is None:
                if not made:
                    self.emit(node, "BUILD_MAP", d, (d, 0))
                    made = True
                mark = self.next_temp
                self.emit(node, "DICT_UPDATE", d, self.expr(value))
                self.next_temp = mark
        if not made:
            self.emit(node, "BUILD_MAP", d, (d, 0))
        return d

    def dict_part(self, node, pairs, d, merge):
        """A dict of pairs, into d or (merge) merged into d (CPython's compiler_subdict)."""
        mark = self.next_temp
        part = self.temp() if merge else d
        if len(pairs) > MAP_CHUNK:
            self.emit(node, "BUILD_MAP", part, (part, 0))
            for key, value in pairs:
                inner = self.next_temp
                k = self.expr(key)
                self.emit(node, "MAP_ADD", part, k, self.expr(value))
                self.next_temp = inner
        else:
            first = self.temps(2 * len(pairs))
            for i, (key, value) in enumerate(pairs):
                self.expr(key, first + 2 * i)
                self.expr(value, first + 2 * i + 1)
            self.emit(node, "BUILD_MAP", part, (first, 2 * len(pairs)))
        if merge:
            self.emit(node, "DICT_UPDATE", d, part)
        self.next_temp = mark

    def stmt_Assign(self, node):
        elts = node.value.elts if isinstance(node.value, (ast.Tuple, ast.List)) else None
        if isinstance(node.value, ast.Constant) and type(node.value.value) is tuple:      # folded: a, b = 0, 1
            elts = [ast.Constant(v, lineno=node.value.lineno, col_offset=node.value.col_offset,
                                 end_lineno=node.value.end_lineno, end_col_offset=node.value.end_col_offset)
                    for v in node.value.value]
        if len(node.targets) == 1 and isinstance(node.targets[0], (ast.Tuple, ast.List)) and elts is not None \
                and len(elts) == len(node.targets[0].elts) \
                and not any(isinstance(e, ast.Starred) for e in elts + node.targets[0].elts):
            # a, b = b, a + b: evaluate every value first, assign after; no tuple is built.
            values = self.temps(len(elts))
            for i, e in enumerate(elts):
                self.expr(e, values + i)
            for i, t in enumerate(node.targets[0].elts):
                self.assign(t, values + i)
            return
        r = self.expr(node.value)
        if len(node.targets) > 1:
            keep = self.temp()
            self.emit(node, "MOVE", keep, r)
            r = keep
        for t in node.targets:
            self.assign(t, r)

    def assign(self, target, r):
        if isinstance(target, ast.Name):
            self.store_name(target, target.id, r)
        elif isinstance(target, ast.Subscript):
            mark = self.next_temp
            obj = self.expr(target.value)
            if isinstance(target.slice, ast.Slice):
                self.emit(target, "SET_SLICE", obj, (self.slice_parts(target.slice), 3), r)
            else:
                self.emit(target, "SET_ITEM", obj, self.expr(target.slice), r)
            self.next_temp = mark
        elif isinstance(target, (ast.Tuple, ast.List)):
            self.unpack(target, r)
        elif isinstance(target, ast.Attribute):
            mark = self.next_temp
            obj = self.expr(target.value)
            self.emit(target, "SET_ATTR", obj, self.name(target.attr), r)
            self.next_temp = mark
        else:
            raise Unsupported(UNSUPPORTED.get(type(target).__name__, type(target).__name__), target)

    def store_name(self, node, name, r):
        if self.in_namespace(name) and name not in self.cells:
            self.emit(node, "STORE_NAME", self.name(name), r)
        elif name in self.cells:
            self.emit(node, "STORE_DEREF", self.locals[name], r)
        elif name in self.locals and not self.code.is_module:
            if self.locals[name] != r:
                self.emit(node, "MOVE", self.locals[name], r)
        else:
            self.emit(node, "STORE_GLOBAL", self.global_slot(name), r)

    def stmt_AugAssign(self, node):
        op = _BINOP[type(node.op)]
        target = node.target
        if isinstance(target, ast.Name):
            current = self.load_name(target, target.id)
            value = self.expr(node.value)
            result = self.temp()
            self.emit(node, "INPLACE", result, BINARY_OPS.index(op), current, value)
            self.store_name(node, target.id, result)
        elif isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
            obj = self.expr(target.value)
            index = self.expr(target.slice)
            current = self.temp()
            self.emit(target, "GET_ITEM", current, obj, index)
            value = self.expr(node.value)
            result = self.temp()
            self.emit(node, "INPLACE", result, BINARY_OPS.index(op), current, value)
            self.emit(node, "SET_ITEM", obj, index, result)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            current = self.temp()
            self.emit(target, "GET_ATTR", current, obj, self.name(target.attr))
            value = self.expr(node.value)
            result = self.temp()
            self.emit(node, "INPLACE", result, BINARY_OPS.index(op), current, value)
            self.emit(node, "SET_ATTR", obj, self.name(target.attr), result)
        elif isinstance(target, ast.Subscript):
            self.augassign_slice(node, BINARY_OPS.index(op))
        else:
            raise Unsupported("augmented assignment to this target", node)

    def stmt_If(self, node):
        otherwise, end = Label(), Label()
        self.branch_if_false(node.test, otherwise, node)
        self.body(node.body)
        if node.orelse:
            self.emit(node, "JUMP", end)
        self.place(otherwise)
        self.body(node.orelse)
        self.place(end)

    def branch_if_false(self, test, label, at):
        """Jump to label when test is false; the truth test (a __bool__ may raise) is placed at `at`, the
        whole statement or expression, as CPython 3.11 places it."""
        mark = self.next_temp
        r = self.expr(test)
        self.emit(at, "JUMP_IF_FALSE", r, label)
        self.next_temp = mark

    def stmt_While(self, node):
        top, done, after = Label(), Label(), Label()
        self.place(top)
        self.branch_if_false(node.test, done, node)
        self.loop_tail(node, top, done, after)

    def loop_tail(self, node, top, done, after, closing=None):
        """The body (break leaves through `after`, continue goes to `top`), then the else clause at `done`."""
        self.unwind.append(Loop(top, after, closing))
        self.body(node.body)
        self.unwind.pop()
        self.emit(node, "JUMP", top)
        self.place(done)
        self.body(node.orelse)
        self.place(after)

    def stmt_For(self, node):
        it = node.iter
        top, done, after = Label(), Label(), Label()
        closing = None
        if (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range"
                and self.is_builtin("range") and 1 <= len(it.args) <= 3 and not it.keywords
                and not any(isinstance(a, ast.Starred) for a in it.args)):
            args = self.temps(len(it.args))
            for i, a in enumerate(it.args):
                self.expr(a, args + i)
            state = self.temps(3)
            self.emit(it, "RANGE_START", (state, 3), (args, len(it.args)))
            item = self.temp()
            self.place(top)
            self.emit(node, "RANGE_NEXT", item, (state, 3), done)
        else:
            self.called = None
            source = self.expr(it)
            called = self.called is not None and self.called[0] is it
            if called:
                callee = self.temp()            # (the name called may be rebound in the body)
                self.emit(it, "MOVE", callee, self.called[1])
            iterator = self.temp()
            self.emit(node, "GET_ITER", iterator, source)         # CPython: the whole for statement
            if called:
                closing = (iterator, callee)
            item = self.temp()
            self.place(top)
            self.emit(node, "FOR_ITER", item, iterator, done)
        self.assign(node.target, item)
        self.loop_tail(node, top, done, after, closing)

    def stmt_AsyncFor(self, node):
        top, done, after = Label(), Label(), Label()
        source = self.expr(node.iter)
        iterator = self.temp()
        self.emit(node, "GET_AITER", iterator, source)
        item = self.temp()
        self.place(top)
        self.async_next(node, item, iterator, done)
        self.assign(node.target, item)
        self.loop_tail(node, top, done, after)

    def async_next(self, node, item, iterator, done):
        """item = await the __anext__ of the async iterator; StopAsyncIteration jumps to done (CPython
        3.11's GET_ANEXT, SEND loop and END_ASYNC_FOR, which leaves the exception being handled alone)."""
        handler, got = Handler(self.temp()), Label()
        self.unwind.append(TryBody(handler))
        awaitable = self.temp()
        self.emit(node, "GET_ANEXT", awaitable, iterator)
        self.emit(node, "YIELD_FROM", item, awaitable, self.load_const(node, None))
        self.unwind.pop()
        self.emit(node, "JUMP", got)
        self.place(handler.label)
        stop, matches = self.temp(), self.temp()
        self.emit(node, "LOAD_BUILTIN", stop, self.name("StopAsyncIteration"))
        self.emit(node, "CHECK_EXC_MATCH", matches, handler.register, stop)
        self.emit(node, "JUMP_IF_TRUE", matches, done)
        self.emit(node, "RERAISE", handler.register, 0)
        self.place(got)

    def stmt_Break(self, node):
        loop = self.leave_entries(node, down_to_loop=True)
        if loop is None:
            raise self.syntax_error("'break' outside loop", node)
        saved = self.unwind
        self.unwind = saved[:saved.index(loop)]         # (outside the loop it leaves)
        loop.leave(self, node)
        self.unwind = saved
        self.emit(node, "JUMP", loop.break_label)

    def stmt_Continue(self, node):
        loop = self.leave_entries(node, down_to_loop=True)
        if loop is None:
            raise self.syntax_error("'continue' not properly in loop", node)
        self.emit(node, "JUMP", loop.continue_label)

    # -- exceptions -----------------------------------------------------------------------
    #
    # As CPython 3.11 compiles them: a finally clause is copied onto every way out of its try
    # body (falling through, return, break, continue) and onto the exception path; except
    # clauses run with the exception pushed as the one being handled (sys.exc_info(), the
    # __context__ of new exceptions), restored however they are left.

    def stmt_Try(self, node):
        if not node.finalbody:
            self.try_except(node)
            return
        handler = Handler(self.temp())
        self.unwind.append(FinallyBody(node.finalbody, handler))
        if node.handlers:
            self.try_except(node)
        else:
            self.body(node.body)
        self.unwind.pop()
        self.body(node.finalbody)
        end = Label()
        self.emit(node, "JUMP", end)
        self.place(handler.label)
        saved = self.temp()
        self.emit(node, "PUSH_EXC_INFO", saved, handler.register)
        self.handled(node, saved, None, lambda: self.body(node.finalbody))
        self.emit(self.last_statement, "RERAISE", handler.register, 0)
        self.place(end)

    def handled(self, node, saved, name, compile_code):
        """The code compile_code emits runs while an exception is being handled; an exception escaping
        it restores the exception handled before (and unbinds name) on its way out. Ends with POP_EXC_INFO."""
        cleanup = Handler(self.temp())
        entry = HandlerBody(saved, name, cleanup)
        self.unwind.append(entry)
        compile_code()
        self.unwind.pop()
        after = Label()
        entry.leave(self, node)
        self.emit(node, "JUMP", after)
        self.place(cleanup.label)
        entry.leave(self, node)
        self.emit(node, "RERAISE", cleanup.register, 1)
        self.place(after)

    def try_except(self, node):
        for h in node.handlers[:-1]:
            if h.type is None:
                raise self.syntax_error("default 'except:' must be last", h)
        handler = Handler(self.temp())
        self.unwind.append(TryBody(handler))
        self.body(node.body)
        self.unwind.pop()
        self.body(node.orelse)
        end = Label()
        self.emit(node, "JUMP", end)
        self.place(handler.label)
        exc = handler.register
        saved = self.temp()
        self.emit(node.handlers[0], "PUSH_EXC_INFO", saved, exc)
        type_cleanup = Handler(self.temp())         # an exception while evaluating a clause's class
        for h in node.handlers:
            next_clause = Label()
            if h.type is not None:
                mark = self.next_temp
                self.unwind.append(HandlerBody(saved, None, type_cleanup))
                matches = self.temp()
                self.emit(h, "CHECK_EXC_MATCH", matches, exc, self.expr(h.type))
                self.emit(h.type, "JUMP_IF_FALSE", matches, next_clause)
                self.unwind.pop()
                self.next_temp = mark
            if h.name:
                self.store_name(h, h.name, exc)
            self.handled(h, saved, h.name, lambda: self.body(h.body))
            self.emit(h, "JUMP", end)
            self.place(next_clause)
        self.emit(node, "POP_EXC_INFO", saved)        # no clause matched
        self.emit(node.handlers[-1], "RERAISE", exc, 0)
        self.place(type_cleanup.label)
        self.emit(node, "POP_EXC_INFO", saved)
        self.emit(node, "RERAISE", type_cleanup.register, 1)
        self.place(end)

    # As CPython 3.11 compiles it: each item is a with statement of its own around the next ones. An
    # exception in the body (or in storing the `as` target) goes to a handler that calls __exit__ with it
    # while it is the exception being handled, and passes it on unless __exit__ returns a true value.
    # Every instruction of the statement's own has the place of the whole statement, as in CPython.

    def stmt_With(self, node):
        self.with_items(node, 0)

    def stmt_AsyncWith(self, node):
        self.with_items(node, 0)

    def with_items(self, node, k):
        """The with statement (or async with, whose __aenter__'s and __aexit__'s results are awaited)
        from its item k on."""
        item = node.items[k]
        pair = self.temps(2)            # __exit__, and what __enter__ returned
        if isinstance(node, ast.AsyncWith):
            self.emit(node, "BEFORE_ASYNC_WITH", (pair, 2), self.expr(item.context_expr))
            self.await_value(node, pair + 1, 1, pair + 1)
        else:
            self.emit(node, "BEFORE_WITH", (pair, 2), self.expr(item.context_expr))
        self.next_temp = pair + 2
        handler = Handler(self.temp())
        self.unwind.append(WithBody(node, pair, handler))
        if item.optional_vars is not None:
            self.assign(item.optional_vars, pair + 1)
        if k + 1 < len(node.items):
            self.with_items(node, k + 1)
        else:
            self.body(node.body)
        self.unwind.pop()
        self.exit_with_nones(node, pair)
        end = Label()
        self.emit(node, "JUMP", end)
        self.place(handler.label)
        saved = self.temp()
        self.emit(node, "PUSH_EXC_INFO", saved, handler.register)
        self.handled(node, saved, None, lambda: self.exit_with_exception(node, pair, handler.register))
        self.place(end)

    def exit_with_nones(self, node, exit):
        nones = self.temps(3)
        for i in range(3):
            self.load_const(node, None, nones + i)
        r = self.temp()
        self.emit(node, "CALL", r, exit, (nones, 3))
        if isinstance(node, ast.AsyncWith):
            self.await_value(node, r, 2, r)

    def exit_with_exception(self, node, exit, exc):
        """exit(type, exc, traceback); exc raised again unless that is true."""
        swallowed = self.temp()
        self.emit(node, "WITH_EXCEPT_START", swallowed, exit, exc)
        if isinstance(node, ast.AsyncWith):
            self.await_value(node, swallowed, 2, swallowed)
        done = Label()
        self.emit(node, "JUMP_IF_TRUE", swallowed, done)
        self.emit(node, "RERAISE", exc, 2)      # the frame goes back to where exc was raised
        self.place(done)

    def unbind(self, node, name):
        if name in self.cells:                      # as CPython: name = None; del name
            self.emit(node, "STORE_DEREF", self.locals[name], self.load_const(node, None))
            self.emit(node, "DELETE_DEREF", self.locals[name], self.name(name))
        elif name in self.locals and not self.code.is_module:
            self.emit(node, "UNBIND", self.locals[name], self.name(name))
        else:
            self.emit(node, "UNBIND_GLOBAL", self.global_slot(name))

    def stmt_Raise(self, node):
        if node.exc is None:
            self.emit(node, "RAISE_ACTIVE")
            return
        exc = self.expr(node.exc)
        if node.cause is None:
            self.emit(node, "RAISE", exc)
            return
        self.emit(node, "RAISE_FROM", exc, self.expr(node.cause))     # the cause's temporaries lie above exc

    def stmt_Assert(self, node):
        passed = Label()
        mark = self.next_temp
        self.emit(node, "JUMP_IF_TRUE", self.expr(node.test), passed)
        at = last_comparison(node.test) or node          # where CPython 3.11's traceback points
        error = self.temp()
        self.emit(at, "LOAD_BUILTIN", error, self.name("AssertionError"))     # even where the name is rebound
        if node.msg is not None:
            arg = self.temp()
            self.expr(node.msg, arg)
            self.emit(at, "CALL", error, error, (arg, 1))
        self.emit(at, "RAISE", error)
        self.place(passed)
        self.next_temp = mark

    # -- expressions --------------------------------------------------------------------

    def expr(self, node, dst=None) -> int:
        """Compile node; its value ends up in dst when given, else in the returned register."""
        method = EXPRESSIONS.get(type(node))
        if method is None:
            raise Unsupported(UNSUPPORTED.get(type(node).__name__, type(node).__name__), node)
        r = method(self, node, dst)
        if dst is not None and r != dst:
            self.emit(node, "MOVE", dst, r)
            return dst
        return r

    def target(self, dst):
        return dst if dst is not None else self.temp()

    def load_const(self, node, value, dst=None):
        r = self.target(dst)
        self.emit(node, "LOAD_CONST", r, self.const(value))
        return r

    def expr_Constant(self, node, dst):
        lacking = unsupported_constant(node.value)
        if lacking:
            raise Unsupported(lacking, node)
        return self.load_const(node, node.value, dst)

    def is_builtin(self, name):
        return name in BUILTINS and name not in self.rebound and name not in self.locals

    def in_namespace(self, name) -> bool:
        """Whether a class body reaches name through its namespace (LOAD_NAME): all but its explicit
        globals and the variables of enclosing functions."""
        return self.is_class and scope(self.table.symbols.get(name, 0)) != _symtable.GLOBAL_EXPLICIT

    def load_name(self, node, name, dst=None):
        if self.is_class and name in self.code.freevars:
            r = self.target(dst)
            self.emit(node, "LOAD_CLASSDEREF", r, self.locals[name], self.name(name))
            return r
        if self.in_namespace(name) and not self.is_builtin(name):
            if name not in self.rebound and name not in MODULE_NAMES and is_cpython_builtin(name):
                raise Unsupported(f"the builtin {name}", node)
            r = self.target(dst)
            self.emit(node, "LOAD_NAME", r, self.name(name), self.global_slot(name))
            return r
        if name in self.cells:
            r = self.target(dst)
            self.emit(node, "LOAD_DEREF", r, self.locals[name], self.name(name))
            return r
        if name in self.locals and not self.code.is_module:
            # parameters are bound, unless an except clause unbinds them
            if self.locals[name] >= self.code.nparams or name in self.unbindable:
                self.emit(node, "CHECK_BOUND", self.locals[name], self.name(name))
            return self.locals[name]
        if name == "Ellipsis" and name not in self.rebound:
            return self.load_const(node, Ellipsis, dst)             # the one object, as `...`
        r = self.target(dst)
        if self.is_builtin(name):
            self.emit(node, "LOAD_BUILTIN", r, self.name(name))
        elif name not in self.rebound and name not in MODULE_NAMES and is_cpython_builtin(name):
            raise Unsupported(f"the builtin {name}", node)
        else:
            self.emit(node, "LOAD_GLOBAL", r, self.global_slot(name))
        return r

    def expr_Name(self, node, dst):
        return self.load_name(node, node.id, dst)

    def expr_BinOp(self, node, dst):
        op = _BINOP[type(node.op)]
        a = self.expr(node.left)
        b = self.expr(node.right)
        r = self.target(dst)
        self.emit(node, "BINARY", r, BINARY_OPS.index(op), a, b)
        return r

    def expr_UnaryOp(self, node, dst):
        op = _UNOP[type(node.op)]
        if op == "-" and isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int, float):
            return self.load_const(node, -node.operand.value, dst)
        a = self.expr(node.operand)
        r = self.target(dst)
        self.emit(node, "UNARY", r, UNARY_OPS.index(op), a)
        return r

    def expr_BoolOp(self, node, dst):
        r = self.target(dst)
        end = Label()
        jump = "JUMP_IF_FALSE" if isinstance(node.op, ast.And) else "JUMP_IF_TRUE"
        for i, value in enumerate(node.values):
            self.expr(value, r)
            if i < len(node.values) - 1:
                self.emit(node, jump, r, end)
        self.place(end)
        return r

    def expr_IfExp(self, node, dst):
        r = self.target(dst)
        otherwise, end = Label(), Label()
        self.branch_if_false(node.test, otherwise, node)
        self.expr(node.body, r)
        self.emit(node, "JUMP", end)
        self.place(otherwise)
        self.expr(node.orelse, r)
        self.place(end)
        return r

    def expr_Compare(self, node, dst):
        r = self.target(dst)
        end = Label()
        left = self.expr(node.left)
        for i, (op, right_node) in enumerate(zip(node.ops, node.comparators)):
            right = self.expr(right_node)
            if i < len(node.ops) - 1:
                keep = self.temp()                 # the middle operand is evaluated once
                self.emit(right_node, "MOVE", keep, right)
                right = keep
            self.emit(node, "COMPARE", r, COMPARE_OPS.index(_CMPOP[type(op)]), left, right)
            if i < len(node.ops) - 1:
                self.emit(node, "JUMP_IF_FALSE", r, end)
            left = right
        self.place(end)
        return r

    def expr_Tuple(self, node, dst):
        return self.build(node, "BUILD_TUPLE", dst)

    def expr_List(self, node, dst):
        return self.build(node, "BUILD_LIST", dst)

    def expr_Set(self, node, dst):
        """As CPython 3.11's starunpack_helper: the elements before the first *iterable (all of them
        when short) built at once, then each one added (SET_ADD) or each *iterable merged
        (SET_UPDATE) as it is evaluated; a display longer than DISPLAY_CHUNK adds all one by one."""
        elts = node.elts
        if len(elts) > 2 and all(isinstance(e, ast.Constant) and not unsupported_constant(e.value) for e in elts):
            folded = frozenset(e.value for e in elts)
            if any(isinstance(v, str) and v and v.isascii() and v.replace("_", "a").isalnum() for v in folded):
                folded = frozenset(tuple(folded))
            return self.constant_set(node, tuple(folded), dst)
        star = next((i for i, e in enumerate(elts) if isinstance(e, ast.Starred)), len(elts))
        if len(elts) > DISPLAY_CHUNK:
            star = 0
        first = self.temps(star)
        for i in range(star):
            self.expr(elts[i], first + i)
        r = self.target(dst)
        self.emit(node, "BUILD_SET", r, (first, star))
        for e in elts[star:]:
            mark = self.next_temp
            if isinstance(e, ast.Starred):
                self.emit(node, "SET_UPDATE", r, self.expr(e.value))
            else:
                self.emit(node, "SET_ADD", r, self.expr(e))
            self.next_temp = mark
        return r

    def constant_set(self, node, order, dst):
        """A display of constants, as CPython 3.11 makes it: its compiler folds them into a frozenset,
        makes that again by adding its items in their order (merge_consts_recursive; again in
        intern_string_constants when it interns one of its strs of ASCII letters, digits and _), and
        the code merges the result into a new set. order is the order of the frozenset before the
        last one (numbers hash alike here and in the host, strs too with PYTHONHASHSEED fixed); the
        iteration order of the set is CPython's, collisions included."""
        items = self.temps(2)
        again = items + 1
        self.load_const(node, order, items)
        self.emit(node, "BUILD_SET", again, (again, 0))
        self.emit(node, "SET_UPDATE", again, items)
        r = self.target(dst)
        self.emit(node, "BUILD_SET", r, (r, 0))
        self.emit(node, "SET_UPDATE", r, again)
        return r

    def build(self, node, opname, dst):
        if len(node.elts) > DISPLAY_CHUNK or any(isinstance(e, ast.Starred) for e in node.elts):
            return self.build_long(node, opname, dst)
        first = self.temps(len(node.elts))
        for i, e in enumerate(node.elts):
            self.expr(e, first + i)
        r = self.target(dst)
        self.emit(node, opname, r, (first, len(node.elts)))
        return r

    def build_long(self, node, opname, dst):
        """A long display, or one with starred elements: a list extended by runs of at most
        DISPLAY_CHUNK elements and by each *iterable (then made a tuple), as CPython 3.11 appends
        past 30 elements. Built at once, every element would stay live across the runtime calls
        that make the next ones, and the JIT's code would grow with the square of the length."""
        runs = []                               # lists of plain elements, and Starred nodes
        for e in node.elts:
            if isinstance(e, ast.Starred):
                runs.append(e)
            elif runs and isinstance(runs[-1], list) and len(runs[-1]) < DISPLAY_CHUNK:
                runs[-1].append(e)
            else:
                runs.append([e])
        items = self.temp()
        first = self.temps(max((len(run) for run in runs if isinstance(run, list)), default=0))
        part = self.temp()
        self.emit(node, "BUILD_LIST", items, (first, 0))
        mark = self.next_temp
        for run in runs:
            if isinstance(run, ast.Starred):
                self.emit(node, "LIST_EXTEND", items, self.expr(run.value))
                self.next_temp = mark
                continue
            for i, e in enumerate(run):
                self.expr(e, first + i)
                self.next_temp = mark          # what computing the element used is free again
            self.emit(node, "BUILD_LIST", part, (first, len(run)))
            self.emit(node, "INPLACE", items, BINARY_OPS.index("+"), items, part)
        r = self.target(dst)
        if opname == "BUILD_LIST":
            self.emit(node, "MOVE", r, items)
        else:
            self.emit(node, "LOAD_BUILTIN", part, self.name("tuple"))
            self.emit(node, "CALL", r, part, (items, 1))
        return r

    def expr_JoinedStr(self, node, dst):
        """An f-string: its parts joined by BUILD_STRING, as CPython 3.11; one part alone is the string."""
        if not node.values:
            return self.load_const(node, "", dst)
        if len(node.values) == 1:
            return self.expr(node.values[0], dst)
        return self.join_parts(node, node.values, dst)

    def join_parts(self, node, parts, dst):
        """BUILD_STRING of the parts, a DISPLAY_CHUNK of them at a time (then of the chunks): at once,
        every part would stay live across the calls that make the next ones."""
        if len(parts) > DISPLAY_CHUNK:
            chunks = [parts[i:i + DISPLAY_CHUNK] for i in range(0, len(parts), DISPLAY_CHUNK)]
            first = self.temps(len(chunks))
            for k, chunk in enumerate(chunks):
                mark = self.next_temp
                self.join_parts(node, chunk, first + k) if len(chunk) > 1 else self.expr(chunk[0], first + k)
                self.next_temp = mark
            n = len(chunks)
        else:
            first = self.temps(len(parts))
            for i, part in enumerate(parts):
                self.expr(part, first + i)
            n = len(parts)
        r = self.target(dst)
        self.emit(node, "BUILD_STRING", r, (first, n))
        return r

    def expr_FormattedValue(self, node, dst):
        value = self.expr(node.value)
        spec = (self.expr(node.format_spec), 1) if node.format_spec is not None else (0, 0)
        r = self.target(dst)
        self.emit(node, "FORMAT_VALUE", r, value, {-1: 0, 115: 1, 114: 2, 97: 3}[node.conversion], spec)
        return r

    def expr_Subscript(self, node, dst):
        if isinstance(node.slice, ast.Slice):
            obj = self.expr(node.value)
            parts = self.slice_parts(node.slice)
            r = self.target(dst)
            self.emit(node, "GET_SLICE", r, obj, (parts, 3))
            return r
        obj = self.expr(node.value)
        index = self.expr(node.slice)
        r = self.target(dst)
        self.emit(node, "GET_ITEM", r, obj, index)
        return r

    def expr_Slice(self, node, dst):
        """A slice among the parts of a subscript (a[1:2, 3]): a slice object, made by calling the builtin
        slice (CPython's BUILD_SLICE). A subscript that is one slice is GET_SLICE (expr_Subscript)."""
        parts = self.slice_parts(node)
        f = self.temp()
        self.emit(node, "LOAD_BUILTIN", f, self.name("slice"))
        r = self.target(dst)
        self.emit(node, "CALL", r, f, (parts, 3))
        return r

    def expr_Attribute(self, node, dst):
        obj = self.expr(node.value)
        r = self.target(dst)
        self.emit(node, "GET_ATTR", r, obj, self.name(node.attr))
        return r

    def expr_Call(self, node, dst):
        if self.namespace_call(node):
            return self.namespace(node, dst)
        if self.zero_argument_super(node):
            # super() is super(__class__, <first argument>), as CPython's super_init_without_args finds them
            f, args, r = self.temp(), self.temps(2), self.target(dst)
            self.emit(node.func, "LOAD_BUILTIN", f, self.name("super"))
            self.emit(node, "LOAD_DEREF", args, self.locals["__class__"], self.name("__class__"))
            self.expr(ast.Name(id=self.code.varnames[0], ctx=ast.Load(), lineno=node.lineno, col_offset=node.col_offset,
                               end_lineno=node.end_lineno, end_col_offset=node.end_col_offset), args + 1)
            self.emit(node, "CALL", r, f, (args, 2))
            return r
        starred = any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
        if isinstance(node.func, ast.Attribute) and (starred or node.keywords):
            f = self.temp()            # the bound method, called as any callable
            self.emit(node.func, "GET_ATTR", f, self.expr(node.func.value), self.name(node.func.attr))
        elif isinstance(node.func, ast.Attribute):
            obj = self.expr(node.func.value)
            # CPython looks the method up first: obj.m(f()) raises AttributeError before calling f,
            # and its traceback points at obj.m, not at the whole call.
            self.emit(node.func, "CHECK_METHOD", obj, self.name(node.func.attr))
            args = self.temps(len(node.args))
            for i, a in enumerate(node.args):
                self.expr(a, args + i)
            r = self.target(dst)
            self.emit(node, "CALL_METHOD", r, obj, self.name(node.func.attr), (args, len(node.args)))
            return r
        else:
            f = self.expr(node.func)
        if starred:
            return self.call_ex(node, f, dst)
        n = len(node.args) + len(node.keywords)
        args = self.temps(n)
        for i, a in enumerate(node.args):
            self.expr(a, args + i)
        for i, k in enumerate(node.keywords):
            self.expr(k.value, args + len(node.args) + i)
        r = self.target(dst)
        self.called = node, f           # (for stmt_For: which function a for loop's iterable called)
        if node.keywords:
            self.emit(node, "CALL_KW", r, f, (args, n), self.const(tuple(k.arg for k in node.keywords)))
        else:
            self.emit(node, "CALL", r, f, (args, n))
        return r

    # -- del, slices and starred targets, :=, annotations, globals() and locals() ---------

    def slice_parts(self, node) -> int:
        """The first of three registers holding a slice's start, stop and step (None where absent)."""
        parts = self.temps(3)
        for i, part in enumerate((node.lower, node.upper, node.step)):
            if part is None:
                self.load_const(node, None, parts + i)
            else:
                self.expr(part, parts + i)
        return parts

    def stmt_Delete(self, node):
        for target in node.targets:
            self.delete(target)

    def delete(self, target):
        mark = self.next_temp
        if isinstance(target, ast.Name):
            if self.in_namespace(target.id) and target.id not in self.cells:
                self.emit(target, "DELETE_NAME", self.name(target.id))
            elif target.id in self.cells:
                self.emit(target, "DELETE_DEREF", self.locals[target.id], self.name(target.id))
            elif target.id in self.locals and not self.code.is_module:
                r, name = self.locals[target.id], self.name(target.id)
                self.emit(target, "CHECK_BOUND", r, name)         # CPython's message for del is the read's
                self.emit(target, "UNBIND", r, name)
            else:
                self.emit(target, "DELETE_GLOBAL", self.global_slot(target.id))
        elif isinstance(target, (ast.Tuple, ast.List)):
            for e in target.elts:
                self.delete(e)
        elif isinstance(target, ast.Subscript):
            obj = self.expr(target.value)
            if isinstance(target.slice, ast.Slice):
                self.emit(target, "DEL_SLICE", obj, (self.slice_parts(target.slice), 3))
            else:
                self.emit(target, "DEL_ITEM", obj, self.expr(target.slice))
        elif isinstance(target, ast.Attribute):
            self.emit(target, "DEL_ATTR", self.expr(target.value), self.name(target.attr))
        else:
            raise Unsupported(UNSUPPORTED.get(type(target).__name__, type(target).__name__), target)
        self.next_temp = mark

    def unpack(self, target, r):
        """a, b = r, or a, *b, c = r (CPython's compile() refused two starred targets)."""
        stars = [i for i, e in enumerate(target.elts) if isinstance(e, ast.Starred)]
        n = len(target.elts)
        first = self.temps(n)
        if stars:
            self.emit(target, "UNPACK_EX", (first, n), r, stars[0])
        else:
            self.emit(target, "UNPACK", (first, n), r)
        for i, e in enumerate(target.elts):
            self.assign(e.value if isinstance(e, ast.Starred) else e, first + i)

    def augassign_slice(self, node, op):
        """x[a:b] op= v: x, a and b evaluated once, as CPython does."""
        target = node.target
        obj = self.expr(target.value)
        parts = self.slice_parts(target.slice)
        current = self.temp()
        self.emit(target, "GET_SLICE", current, obj, (parts, 3))
        value = self.expr(node.value)
        result = self.temp()
        self.emit(node, "INPLACE", result, op, current, value)
        self.emit(node, "SET_SLICE", obj, (parts, 3), result)

    def expr_NamedExpr(self, node, dst):
        r = self.expr(node.value, dst)
        self.store_name(node.target, node.target.id, r)
        return r

    def setup_annotations(self, tree):
        """`__annotations__ = {}` at the start of a module that may look at it: CPython's __main__
        always has it."""
        if not self.facts.uses_namespace:
            return
        r = self.temp()
        self.emit(tree, "LOAD_BUILTIN", r, self.name("dict"))
        self.emit(tree, "CALL", r, r, (r + 1, 0))
        self.emit(tree, "STORE_GLOBAL", self.global_slot("__annotations__"), r)
        self.rebound.add("__annotations__")             # a global then, not what builtins has
        self.next_temp = r

    def stmt_AnnAssign(self, node):
        """As CPython 3.11: the value is assigned; without one, a complex target's parts are evaluated.
        Only a module evaluates the annotation, and records a plain name's in __annotations__."""
        target = node.target
        if node.value is not None:
            self.assign(target, self.expr(node.value))
        elif isinstance(target, ast.Attribute):
            self.expr(target.value)
        elif isinstance(target, ast.Subscript):
            self.expr(target.value)
            if isinstance(target.slice, ast.Slice):
                self.slice_parts(target.slice)
            else:
                self.expr(target.slice)
        if not self.code.is_module:
            return
        annotation = self.expr(node.annotation)
        if node.simple and isinstance(target, ast.Name):
            annotations = self.load_name(node, "__annotations__")
            self.emit(node, "SET_ITEM", annotations, self.load_const(node, target.id), annotation)

    def zero_argument_super(self, node) -> bool:
        return (isinstance(node.func, ast.Name) and node.func.id == "super" and not node.args and not node.keywords
                and self.is_builtin("super") and "__class__" in self.code.freevars and self.code.nparams > 0)

    def namespace_call(self, node) -> bool:
        """Whether node is a call of the builtin globals or locals, or dir without arguments."""
        return (isinstance(node.func, ast.Name) and node.func.id in ("globals", "locals", "dir")
                and node.func.id not in self.rebound and node.func.id not in self.locals
                and (node.func.id != "dir" or not (node.args or node.keywords)))

    def namespace(self, node, dst):
        """globals(), and locals(): the module's namespace at module level, else a new dict of the locals;
        dir(): the sorted names of locals(), as CPython's."""
        if node.args or node.keywords:
            raise Unsupported(f"{node.func.id}() with arguments", node)
        if node.func.id == "dir":
            f, names, r = self.temp(), self.temp(), self.target(dst)
            self.emit(node, "LOAD_BUILTIN", f, self.name("sorted"))
            if self.is_class:
                self.emit(node, "MOVE", names, 0)
            else:
                self.emit(node, "GLOBALS" if self.code.is_module else "LOCALS", names)
            self.emit(node, "CALL", r, f, (names, 1))
            return r
        if node.func.id == "locals" and self.is_class:
            return 0                    # the namespace itself
        r = self.target(dst)
        if node.func.id == "globals" or self.code.is_module:
            self.emit(node, "GLOBALS", r)
        else:
            self.emit(node, "LOCALS", r)
        return r

    def call_ex(self, node, f, dst):
        """f(a, *b, c=1, **d): the positional arguments gathered in a list (or the one *b as it is), the
        keywords in a dict, evaluated in order, as CPython 3.11 does; then CALL_EX."""
        if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):
            positional = self.expr(node.args[0].value)
        else:
            positional = self.temp()
            self.gather(node, node.args, positional, "BUILD_LIST", "LIST_EXTEND", lambda a: isinstance(a, ast.Starred),
                        lambda a: a.value if isinstance(a, ast.Starred) else a, lambda run, first: ((first, len(run)),))
        keywords = self.temp()
        if not node.keywords:
            self.load_const(node, None, keywords)
        else:
            self.gather(node, node.keywords, keywords, "BUILD_KWARGS", "DICT_MERGE", lambda k: k.arg is None,
                        lambda k: k.value, lambda run, first: ((first, len(run)), self.const(tuple(k.arg for k in run))),
                        f)
        r = self.target(dst)
        self.emit(node, "CALL_EX", r, f, positional, keywords)
        return r

    def gather(self, node, items, into, build, extend, is_spread, value, build_operands, *extra):
        """into = build(the plain items before the first spread one, maybe none); then each spread item,
        and each run of plain items after one (built apart), is added to it with extend."""
        k = 0
        built = False
        while not built or k < len(items):
            mark = self.next_temp
            run = []
            while k < len(items) and not is_spread(items[k]):
                run.append(items[k])
                k += 1
            if run or not built:
                first = self.temps(len(run))
                for i, item in enumerate(run):
                    self.expr(value(item), first + i)
                target = self.temp() if built else into
                self.emit(node, build, target, *build_operands(run, first))
                if built:
                    self.emit(node, extend, into, target, *extra)
                built = True
            if k < len(items):
                self.emit(node, extend, into, self.expr(value(items[k])), *extra)
                k += 1
            self.next_temp = mark


def _methods(prefix: str) -> dict:
    """Node class -> the CodeBuilder method compiling it (prefix + the class's name)."""
    return {getattr(ast, name[len(prefix):]): method for name, method in vars(CodeBuilder).items()
            if name.startswith(prefix)}


STATEMENTS, EXPRESSIONS = _methods("stmt_"), _methods("expr_")
