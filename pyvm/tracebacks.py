"""Printing an uncaught exception the way CPython 3.11 does: the chain of exceptions (cause and
context), each with its traceback -- `File "...", line N, in name`, the source line, the PEP 657
carets -- and the final `Type: message` line.

The objects are read from the runtime's heap (exception, traceback and frame objects, see
runtime/frameobj.py); positions come from the code objects the JIT compiled. The layout of each
frame's lines (carets, "[Previous line repeated N more times]") is the standard library's
`traceback.StackSummary`, which is CPython's own Python rendering of the same thing.
"""
from __future__ import annotations

import builtins
import ctypes
import io
import sys
import traceback

from pyvm.suggestions import best_match, suggest_name
from pyvm.vm import host_object

CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
TRACEBACK_LIMIT = 1000        # sys.tracebacklimit's default: only the innermost entries are printed
EXC = "runtime.errors.ExceptionObject"
FRAME = "runtime.frameobj.FrameObject"
TB = "runtime.frameobj.TracebackObject"
TYPE = "runtime.object.Type"
INSTANCE = "runtime.classobj.Instance"


class LocalsFrame(traceback.FrameSummary):
    __slots__ = ("shown_locals",)


STDLIB_ANCHORS = traceback._extract_caret_anchors_from_line_segment
WHITESPACE = b" \t\f"


def caret_anchors(segment: str):
    """Where the ~ of a line segment end and its ^ begin, as CPython's C printer finds them
    (Python/traceback.c, extract_anchors_from_expr), which traceback.py (3.11) does not quite
    follow: the C printer walks the UTF-8 bytes between a binary operator's operands, skipping
    whitespace and the `)` closing the left operand (`(x) >> 13`), and converts byte offsets to
    characters only at the end."""
    import ast
    try:
        tree = ast.parse(segment)
    except (SyntaxError, MemoryError, RecursionError):
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr) \
            or not isinstance(tree.body[0].value, ast.BinOp):
        return STDLIB_ANCHORS(segment)          # a subscript: the two agree
    expr, data = tree.body[0].value, segment.encode()
    anchors = None
    for i in range(expr.left.end_col_offset, expr.right.col_offset):
        if data[i] in WHITESPACE:
            continue
        two = i + 1 < expr.right.col_offset and data[i + 1] not in WHITESPACE       # `//`, `**`, `>>`
        anchors = (i, i + 1 + two)
        if data[i] != ord(")") or i + 1 >= expr.right.col_offset:
            break
    if anchors is None:
        return None
    chars = lambda offset: len(data[:offset].decode("utf-8", "replace"))
    return traceback._Anchors(chars(anchors[0]), chars(anchors[1]), "~", "^")


class LocalsStack(traceback.StackSummary):
    """Frames formatted as CPython prints them (see caret_anchors); with --show-locals, under each
    frame its local variables on one line, as py.test shows them in the paper's example (`i = 0, j = 0`)."""

    def format_frame_summary(self, frame_summary):
        traceback._extract_caret_anchors_from_line_segment = caret_anchors
        try:
            text = super().format_frame_summary(frame_summary)
        finally:
            traceback._extract_caret_anchors_from_line_segment = STDLIB_ANCHORS
        shown = getattr(frame_summary, "shown_locals", None)
        if shown:
            text += "    " + ", ".join(f"{name} = {value}" for name, value in shown) + "\n"
        return text


class Heap:
    """Reading runtime objects; every Word kept across a runtime call is held by a Root."""

    def __init__(self, rt, jit):
        self.rt = rt
        self.jit = jit

    def field(self, word: int, struct: str, name: str) -> int:
        return self.rt.read_i64(word + self.rt.offset(struct, name))

    def text(self, symbol: str, word: int) -> str | None:
        """str(word) or repr(word) through the runtime; None if that raised."""
        rt = self.rt
        result = rt.fn(symbol)(word)
        if not result:
            rt.clear_pending()
            return None
        return rt.to_py(rt.root(result))

    def owner(self, word: int) -> tuple[str, bool]:
        """The name of a module, of a type object, or else of word's type (as the runtime names the
        owner in its AttributeError), and whether word is a module."""
        kind = self.rt.type_name(word)
        if kind == "module":
            return self.c_string(word, "runtime.sysmodule.ModuleObject"), True
        if kind == "type":
            return self.c_string(word, "runtime.object.Type"), False
        return kind, False

    def user_dir(self, word: int) -> list | None:
        """dir(word) for an instance of a user class or a user class (their own attributes, their
        classes' through the MRO, object's), else None."""
        if word & 1:
            return None
        t = self.field(word, "runtime.object.Object", "type")
        names = set()
        if self.is_class(word, t):
            if not self.field(word, TYPE, "dict"):
                return None
            t = word                                        # a user class
        elif self.field(t, TYPE, "dict"):                   # an instance
            shape = self.field(word, INSTANCE, "map")
            if shape:
                count = self.field(shape, "runtime.classobj.Map", "count")
                at = shape + self.rt.offset("runtime.classobj.Map", "names")
                names.update(self.rt.to_py(self.rt.root(self.rt.read_i64(at + 8 * i))) for i in range(count))
            elif self.field(word, INSTANCE, "attrs"):
                names.update(self.dict_keys(self.field(word, INSTANCE, "attrs")))
        else:
            return None
        for c in self.tuple_items(self.field(t, TYPE, "mro")):
            if self.field(c, TYPE, "dict"):
                names.update(self.dict_keys(self.field(c, TYPE, "dict")))
        return sorted(names | set(dir(object)))

    def is_class(self, word: int, t: int) -> bool:
        """word, whose type is t, is a class: t is type or a metaclass (a class deriving from type)."""
        if self.rt.type_name(word) == "type":
            return True
        mro = self.field(t, TYPE, "mro")
        return bool(mro) and any(not self.field(c, TYPE, "dict") and self.c_string(c, TYPE) == "type"
                                 for c in self.tuple_items(mro))

    def tuple_items(self, w: int) -> list:
        at = w + self.rt.offset("runtime.tupleobj.Tuple", "items")
        return [self.rt.read_i64(at + 8 * i) for i in range(self.field(w, "runtime.tupleobj.Tuple", "size"))]

    def dict_keys(self, d: int) -> list:
        rt = self.rt
        root = rt.root(d)
        keys = []
        i = rt.call("runtime.dictobj.dict_next", root, 0)
        while i >= 0:
            keys.append(rt.to_py(rt.call("runtime.dictobj.dict_key_at", root, i)))
            i = rt.call("runtime.dictobj.dict_next", root, i + 1)
        return keys

    def c_string(self, word: int, struct: str) -> str:
        return ctypes.string_at(self.field(word, struct, "name")).decode()

    def frames(self, exc: int) -> list:
        """The traceback of exc as (code object, instruction index, frame Root), outermost first."""
        entries = []
        # Only the entries printed: a traceback may be a recursion 100,000s of frames deep.
        tb = self.rt.fn("runtime.frameobj.traceback_tail")(self.field(exc, EXC, "traceback"), TRACEBACK_LIMIT)
        while tb:
            frame = self.field(tb, TB, "frame")
            code = self.jit.images[self.field(frame, FRAME, "code")].code
            entries.append((code, self.field(tb, TB, "lasti"), self.rt.root(frame)))
            tb = self.field(tb, TB, "next")
        return entries

    def locals_of(self, code, frame) -> list:
        """(name, repr) of the bound locals a frame kept (functions only)."""
        if code.is_module:
            return []
        values = self.field(frame.word, FRAME, "values")
        if not values:
            return []
        items = self.rt.offset("runtime.tupleobj.Tuple", "items")
        shown = []
        cells = code.cell_registers()
        for i, name in enumerate(code.varnames):
            word = self.rt.read_i64(self.field(frame.word, FRAME, "values") + items + 8 * i)
            if word and i in cells:
                word = self.field(word, "runtime.function.Cell", "contents")     # a variable nested functions share
            if word:
                shown.append((name, self.text("runtime.ops.repr_of", word) or "<repr failed>"))
        return shown


def chain_of(heap: Heap, exc) -> list:
    """(message before it, exception Root) from the first exception raised to the last. As CPython's
    printer, an exception already in the chain is not followed again, nor announced."""
    output, seen = [], set()
    while exc is not None:
        seen.add(exc.word)
        cause = heap.field(exc.word, EXC, "cause")
        context = heap.field(exc.word, EXC, "context")
        if cause and cause not in seen:
            output.append((CAUSE, exc))
            exc = heap.rt.root(cause)
        elif not cause and context and context not in seen and not heap.field(exc.word, EXC, "suppress_context"):
            output.append((CONTEXT, exc))
            exc = heap.rt.root(context)
        else:
            output.append((None, exc))
            exc = None
    return list(reversed(output))


def position(code, lasti: int):
    """The position of instruction lasti; -1 (a generator not started yet) is its def's line."""
    return code.positions[lasti] if lasti >= 0 else (code.firstlineno, code.firstlineno, 0, 0)


def summary(heap: Heap, code, lasti: int, frame, show_locals: bool) -> traceback.FrameSummary:
    line, end_line, col, end_col = position(code, lasti)
    has_columns = not (col == 0 and end_col == 0)
    fs = LocalsFrame(code.filename, line, code.name, lookup_line=False,
                                end_lineno=end_line if has_columns else None,
                                colno=col if has_columns else None, end_colno=end_col if has_columns else None)
    fs.shown_locals = heap.locals_of(code, frame) if show_locals else None
    return fs


def format_unraisable(rt, jit, obj: int, exc) -> str:
    """CPython's report of the exception held by the Root exc, raised by a finalizer at exit
    (PyErr_WriteUnraisable): obj's repr, the traceback without source lines (the modules are
    gone by then), no chain, the exception's str as it is."""
    heap = Heap(rt, jit)
    where = heap.text("runtime.ops.repr_of", obj)
    parts = [f"Exception ignored in: {where}\n"]
    frames = heap.frames(exc.word)
    if frames:
        parts.append("Traceback (most recent call last):\n")
        parts.extend(f'  File "{code.filename}", line {position(code, lasti)[0]}, in {code.name}\n'
                     for code, lasti, _ in frames)
    message = heap.text("runtime.ops.str_of", exc.word)
    parts.append(f"{heap.text('runtime.classobj.exception_type_text', exc.word)}: "
                 f"{'<exception str() failed>' if message is None else message}\n")
    return "".join(parts)


def last_line(heap: Heap, exc, frames: list, global_names: list) -> str:
    """The line naming the exception (held by the Root exc: str() may run the program's code, which
    may move it) and its message."""
    name = heap.text("runtime.classobj.exception_type_text", exc.word)
    located = syntax_error_lines(heap, exc, name)
    if located is not None:
        return located
    message = heap.text("runtime.ops.str_of", exc.word)
    if message is None:
        message = "<exception str() failed>"
    suggestion = None
    missing = heap.field(exc.word, EXC, "name")          # set by the runtime's NameError and AttributeError
    if name == "NameError" and missing:
        local_names = [] if not frames or frames[-1][0].is_module else frames[-1][0].varnames
        suggestion = suggest_name(heap.rt.to_py(heap.rt.root(missing)), local_names, global_names)
    elif name == "AttributeError" and missing:
        # CPython suggests from dir(obj): pyvm's objects stand for the host's of the same type, the
        # instances and classes of user classes give their names
        obj = heap.field(exc.word, EXC, "obj")
        names = heap.user_dir(obj) if obj else None
        if names is None:
            host = host_object(*heap.owner(obj))
            names = dir(host) if host is not None else None
        if names is not None:
            suggestion = best_match(names, heap.rt.to_py(heap.rt.root(missing)))
    if suggestion:
        message += f". Did you mean: '{suggestion}'?"
    return f"{name}: {message}\n" if message else f"{name}\n"


SYNTAX_ERRORS = ("TabError", "IndentationError", "SyntaxError")


def syntax_error_lines(heap: Heap, exc, name: str) -> str | None:
    """A SyntaxError given where (SyntaxError(msg, (filename, lineno, offset, text, ...))) as
    CPython's printer shows it: the file and line, the text and a caret, then the message alone
    (pythonrun.c's parse_syntax_error). Printed by the host's printer, from a host SyntaxError with
    the same details: the carets are its own. None for any other exception."""
    t, kind = heap.field(exc.word, "runtime.object.Object", "type"), None
    while t and kind is None:           # the builtin exception it is, or derives from (Type.base)
        if not heap.field(t, TYPE, "dict") and heap.c_string(t, TYPE) in SYNTAX_ERRORS:
            kind = heap.c_string(t, TYPE)
        t = heap.field(t, TYPE, "base")
    if kind is None:
        return None
    try:
        args = heap.rt.to_py(heap.rt.root(heap.field(exc.word, EXC, "args")))
        if len(args) != 2 or not isinstance(args[1], tuple):
            return None
        host = getattr(builtins, kind)(*args)
    except Exception:                   # details the host cannot hold: printed as any exception
        return None
    printed = io.StringIO()
    stderr, sys.stderr = sys.stderr, printed
    try:
        sys.__excepthook__(type(host), host, None)
    finally:
        sys.stderr = stderr
    lines = printed.getvalue().splitlines(keepends=True)
    return "".join(lines[:-1]) + name + lines[-1][len(kind):]


def system_exit(rt, jit, exc) -> tuple[int, str]:
    """(exit status, stderr text) for an uncaught SystemExit, as CPython's _Py_HandleSystemExit: its
    code is None (0), an int (its low byte; 255 beyond a C long), or anything else, printed (1)."""
    heap = Heap(rt, jit)
    code = heap.field(exc.word, EXC, "value")      # SystemExit.code
    if not code:
        return 0, ""
    kind = rt.type_name(code)
    if kind == "NoneType":
        return 0, ""
    if kind in ("int", "bool"):
        value = int(rt.to_py(rt.root(code)))
        return (value & 0xFF if -(1 << 63) <= value < (1 << 63) else 255), ""
    text = heap.text("runtime.ops.str_of", code)
    return 1, ("<exception str() failed>" if text is None else text) + "\n"


def not_supported(rt, jit, exc) -> str:
    """The report of a NotSupported exception: what, and where it was raised, as the front end
    reports a construct it cannot compile."""
    heap = Heap(rt, jit)
    what = heap.text("runtime.ops.str_of", exc.word)
    frames = heap.frames(exc.word)
    where = ""
    if frames:
        code, lasti, _ = frames[-1]
        where = f" ({code.filename}, line {position(code, lasti)[0]})"
    return f"pyvm: not supported yet: {what}{where}\n"


def format_uncaught(rt, jit, exc, global_names: list, show_locals: bool = False) -> str:
    """The text CPython prints on stderr for the uncaught exception held by the Root exc."""
    heap = Heap(rt, jit)
    parts = []
    for message, e in chain_of(heap, exc):
        if message:
            parts.append(message)
        frames = heap.frames(e.word)
        if frames:
            parts.append("Traceback (most recent call last):\n")
            stack = LocalsStack(summary(heap, code, lasti, frame, show_locals) for code, lasti, frame in frames)
            parts.extend(stack.format())
        parts.append(last_line(heap, e, frames, global_names))
    return "".join(parts)
