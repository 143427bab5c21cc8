"""pyvm's instruction set: the one table (DESIGN.md 3).

A register machine. Every instruction is a tuple `(opcode, operand...)`; the
table says what each operand is:

- `dst`    a register written by the instruction
- `reg`    a register read
- `regs`   two ints: first register and count, a run of consecutive registers
- `const`  an index into the code object's constants
- `global` an index into the module's global slots (names in `code.global_names`)
- `name`   an index into the code object's names (attribute and method names)
- `label`  an instruction index to jump to
- `op`     an operator number from the tables below
- `int`    a plain number
- `unbind` a register left without a value (a local that reads as unbound afterwards)

Front ends (Python, the tiny language) emit these; the JIT compiles them;
`pyvm dis` prints them.
"""
from __future__ import annotations

import builtins
from _operator import itemgetter


class Instruction(tuple):
    """An instruction's name, the kinds of its operands, what it does. (A tuple, like Position in
    code.py: dataclasses and collections.namedtuple would cost 4 ms of every start to import.)"""
    __slots__ = ()
    name, operands, doc = (property(itemgetter(i)) for i in range(3))

    def __new__(cls, name: str, operands: tuple, doc: str):
        return tuple.__new__(cls, (name, operands, doc))


INSTRUCTIONS = [
    Instruction("LOAD_CONST", ("dst", "const"), "dst = constant"),
    Instruction("MOVE", ("dst", "reg"), "dst = reg"),
    Instruction("LOAD_GLOBAL", ("dst", "global"),
                "dst = module global; while unbound, the builtin of that name, else NameError"),
    Instruction("STORE_GLOBAL", ("global", "reg"), "module global = reg"),
    Instruction("LOAD_BUILTIN", ("dst", "name"), "dst = builtin function (the module never rebinds the name)"),
    Instruction("CHECK_BOUND", ("reg", "name"), "UnboundLocalError unless the local holds a value"),
    Instruction("BINARY", ("dst", "op", "reg", "reg"), "dst = a OP b (BINARY_OPS)"),
    Instruction("INPLACE", ("dst", "op", "reg", "reg"), "dst = a OP= b: in place for mutable a"),
    Instruction("UNARY", ("dst", "op", "reg"), "dst = OP a (UNARY_OPS)"),
    Instruction("COMPARE", ("dst", "op", "reg", "reg"), "dst = a OP b (COMPARE_OPS), a bool"),
    Instruction("JUMP", ("label",), "continue at label"),
    Instruction("JUMP_IF_FALSE", ("reg", "label"), "jump when reg is false"),
    Instruction("JUMP_IF_TRUE", ("reg", "label"), "jump when reg is true"),
    Instruction("CALL", ("dst", "reg", "regs"), "dst = f(*regs)"),
    Instruction("CALL_KW", ("dst", "reg", "regs", "const"),
                "dst = f(*regs): the last len(const) registers are keyword arguments named by the const tuple"),
    # A call with *seq or **mapping: its positional arguments gathered in a list, its keywords in a dict.
    Instruction("LIST_EXTEND", ("reg", "reg"),
                "list.extend(iterable) for *iterable in a display or a call: TypeError 'Value after * must be an "
                "iterable, not T'"),
    Instruction("BUILD_KWARGS", ("dst", "regs", "const"), "dst = a dict of the names in the const tuple to regs"),
    Instruction("DICT_MERGE", ("reg", "reg", "reg"),
                "the dict of a call's keywords updated by **mapping, refusing keys it has (messages name the "
                "function in the third reg)"),
    Instruction("CALL_EX", ("dst", "reg", "reg", "reg"),
                "dst = f(*positional, **keywords): a tuple, list or iterable, and a dict or None"),
    Instruction("CHECK_METHOD", ("reg", "name"),
                "AttributeError if obj has no attribute name: a method is looked up before its arguments run"),
    Instruction("CALL_METHOD", ("dst", "reg", "name", "regs"), "dst = obj.name(*regs)"),
    Instruction("GET_ATTR", ("dst", "reg", "name"), "dst = obj.name"),
    Instruction("SET_ATTR", ("reg", "name", "reg"), "obj.name = value"),
    Instruction("RETURN", ("reg",), "return reg"),
    Instruction("BUILD_TUPLE", ("dst", "regs"), "dst = tuple of regs"),
    Instruction("BUILD_LIST", ("dst", "regs"), "dst = list of regs"),
    Instruction("GET_ITEM", ("dst", "reg", "reg"), "dst = obj[index]"),
    Instruction("SET_ITEM", ("reg", "reg", "reg"), "obj[index] = value"),
    Instruction("GET_SLICE", ("dst", "reg", "regs"), "dst = obj[start:stop:step] from three registers (None if absent)"),
    Instruction("UNPACK", ("regs", "reg"), "regs = the items of a sequence of exactly that length"),
    Instruction("GET_ITER", ("dst", "reg"), "dst = iter(obj)"),
    Instruction("FOR_ITER", ("dst", "reg", "label"), "dst = next(iterator), or jump to label when exhausted"),
    Instruction("RANGE_START", ("regs", "regs"),
                "a for-range loop: (counter, stop, step) = validated (start, stop, step) of range()"),
    Instruction("RANGE_NEXT", ("dst", "regs", "label"), "dst = counter, counter += step; jump to label at the end"),
    Instruction("MAKE_FUNCTION", ("dst", "const", "regs"),
                "dst = a function of a code constant; regs: none, or its defaults tuple, keyword-only defaults "
                "dict, annotations and closure tuple (each None when absent)"),
    # Variables nested functions share live in cells; the register of such a variable holds its cell.
    Instruction("MAKE_CELL", ("dst", "reg"), "dst = a new cell holding reg's value (none for an unbound local)"),
    Instruction("COPY_FREE_VARS", ("regs",), "regs = the cells of the running function's closure"),
    Instruction("LOAD_DEREF", ("dst", "reg", "name"),
                "dst = the contents of the cell in reg; UnboundLocalError or NameError while it has none"),
    Instruction("STORE_DEREF", ("reg", "reg"), "the cell in the first reg now holds the second"),
    Instruction("DELETE_DEREF", ("reg", "name"), "the cell in reg holds nothing any more; unbound: as LOAD_DEREF"),
    Instruction("IMPORT", ("dst", "name"), "dst = a builtin module (only sys for now)"),
    Instruction("UNBIND", ("unbind", "name"), "the local in the register has no value any more (end of `except E as name`)"),
    Instruction("UNBIND_GLOBAL", ("global",), "the module global has no value any more"),
    # Exceptions. An instruction that fails goes to the handler the code's exception table gives
    # for it (with the exception in that entry's register), or leaves the function.
    Instruction("RAISE", ("reg",), "raise reg: an exception, or a class to instantiate"),
    Instruction("RAISE_FROM", ("reg", "reg"), "raise a from b: b (an exception, a class or None) becomes __cause__"),
    Instruction("RAISE_ACTIVE", (), "bare raise: the exception being handled again, with its traceback"),
    Instruction("RERAISE", ("reg", "int"),
                "pass on the exception in reg, adding no traceback entry: at the end of a finally clause or when no "
                "except clause matched (0), or leaving a handler (1: the frame stays where the exception was raised, "
                "as CPython's RERAISE 1 restores f_lasti; 2: a with's, which goes back to where reg's was raised, as "
                "RERAISE 2)"),
    Instruction("PUSH_EXC_INFO", ("dst", "reg"),
                "entering a handler: dst = the exception being handled until now; reg's becomes it"),
    Instruction("POP_EXC_INFO", ("reg",), "leaving a handler: the exception being handled is reg's again"),
    Instruction("CHECK_EXC_MATCH", ("dst", "reg", "reg"), "dst = whether the exception matches the except clause's class or tuple"),
    # Deleting, slices as targets, starred unpacking and displays, the namespaces (issue 17).
    Instruction("DELETE_GLOBAL", ("global",), "del of a module global: NameError unless it holds a value, then unbound"),
    Instruction("DEL_ITEM", ("reg", "reg"), "del obj[index]"),
    Instruction("DEL_SLICE", ("reg", "regs"), "del obj[start:stop:step], from three registers (None if absent)"),
    Instruction("SET_SLICE", ("reg", "regs", "reg"), "obj[start:stop:step] = value, the bounds in three registers"),
    Instruction("DEL_ATTR", ("reg", "name"), "del obj.name"),
    Instruction("UNPACK_EX", ("regs", "reg", "int"),
                "regs = the items of a sequence, the register at position int (a starred target) a list of the rest"),
    Instruction("GLOBALS", ("dst",), "dst = the module's namespace, a dict kept in step with its global slots"),
    Instruction("LOCALS", ("dst",), "dst = a new dict of the function's bound locals"),
    # Dict displays and comprehensions (issue 20).
    Instruction("BUILD_MAP", ("dst", "regs"), "dst = a dict of the key, value pairs in regs (two registers each)"),
    Instruction("MAP_ADD", ("reg", "reg", "reg"), "dict[key] = value: a dict comprehension's item, or a long display's"),
    Instruction("DICT_UPDATE", ("reg", "reg"),
                "the dict of a display updated by a dict: a **mapping (TypeError ''T' object is not a mapping') or "
                "the next part of the display"),
    Instruction("LIST_APPEND", ("reg", "reg"), "list.append(item): a list comprehension's item"),
    # The paper's tiny language (pyvm/tiny) lowers to the instructions above plus these:
    Instruction("TINY_ADD", ("dst", "reg", "reg"), "dst = a + b on ints; two functions compose into f(g(x))"),
    Instruction("TINY_CALL", ("dst", "reg", "reg"), "dst = f(x) for a tiny function or composition f"),
    Instruction("TINY_PRINT", ("reg",), "print an int, or <function NAME>"),
    Instruction("INTROSPECT", ("dst", "reg"), "dst = the register whose number is in reg: the frame must be complete"),
    # f-strings (issue 20)
    Instruction("FORMAT_VALUE", ("dst", "reg", "int", "regs"),
                "dst = format(conversion(value), spec): int 0 none, 1 !s, 2 !r, 3 !a; regs: the spec, or none"),
    Instruction("BUILD_STRING", ("dst", "regs"), "dst = the strs in regs joined"),
    # Class bodies (issue 19): their names live in the namespace dict the class is made of, which the
    # body's code receives as its one parameter (register 0).
    Instruction("LOAD_NAME", ("dst", "name", "global"),
                "dst = the name from the class namespace in register 0, else as LOAD_GLOBAL from that global"),
    Instruction("STORE_NAME", ("name", "reg"), "the class namespace in register 0 [name] = reg"),
    Instruction("DELETE_NAME", ("name",), "del the class namespace in register 0 [name]: NameError if absent"),
    Instruction("LOAD_CLASSDEREF", ("dst", "reg", "name"),
                "dst = the name from the class namespace in register 0, else the contents of the cell in reg"),
    # Set displays and comprehensions (issue 20)
    Instruction("BUILD_SET", ("dst", "regs"), "dst = a set of regs"),
    Instruction("SET_ADD", ("reg", "reg"), "set.add(item): a set comprehension's item, or a display's after a *"),
    Instruction("SET_UPDATE", ("reg", "reg"), "set.update(iterable): a *iterable in a set display"),
    # The with statement (issue 19), as CPython 3.11 compiles it: its body's exceptions go to a handler
    # that calls __exit__ with them; leaving the body otherwise calls __exit__(None, None, None) (CALL).
    Instruction("BEFORE_WITH", ("regs", "reg"),
                "regs = (__exit__ bound to the manager, the result of its __enter__()), both looked up on its "
                "type: TypeError \"'T' object does not support the context manager protocol\""),
    Instruction("WITH_EXCEPT_START", ("dst", "reg", "reg"),
                "dst = exit(type(exc), exc, exc.__traceback__) for the exception in the second reg leaving a "
                "with body: the exception is swallowed when dst is true"),
    # Generators (issue 21, docs/generators.md): code of CO_GENERATOR flags; compiled, only as a resume entry.
    Instruction("YIELD_VALUE", ("dst", "reg"),
                "the generator suspends, giving reg to whoever resumed it; dst = the value sent when it resumes"),
    Instruction("YIELD_FROM", ("dst", "reg", "reg"),
                "yield from: send the second reg (None at first) to the iterator in the first, suspending with "
                "each value it yields (the value sent in lands in the second reg); dst = what it returned"),
    # Coroutines (issue 21, docs/generators.md): `await x` is GET_AWAITABLE then YIELD_FROM; only in code of
    # CO_COROUTINE or CO_ASYNC_GENERATOR flags, which runs only in the interpreter.
    Instruction("GET_AWAITABLE", ("dst", "reg", "int"),
                "dst = the iterator `await reg` delegates to: a coroutine, or what __await__() returns (int: 0 an "
                "await, 1 and 2 the result of __aenter__ and __aexit__, for CPython's messages)"),
    Instruction("BEFORE_ASYNC_WITH", ("regs", "reg"),
                "regs = (__aexit__ bound to the manager, the result of its __aenter__()), looked up on its type"),
    Instruction("GET_AITER", ("dst", "reg"), "dst = type(obj).__aiter__(obj), which must have __anext__: async for"),
    Instruction("GET_ANEXT", ("dst", "reg"),
                "dst = the iterator awaiting type(it).__anext__(it) delegates to (as GET_AWAITABLE): async for"),
    Instruction("CLOSE_ITER", ("reg", "reg"),
                "a for loop over f(...) left by break or return: close the iterator in the first reg if it is a "
                "suspended generator of f (kept in the second reg), which the loop alone held"),
]

# Instructions after which the next one runs only if something jumps to it.
LEAVING = {"RETURN", "RAISE", "RAISE_FROM", "RAISE_ACTIVE", "RERAISE"}      # leave the function or go to a handler
NO_FALLTHROUGH = LEAVING | {"JUMP"}

# The builtins pyvm has: the one list of them (a new builtin is one name here). The front end compiles
# these names as builtins (LOAD_BUILTIN, LOAD_GLOBAL's fallback); the JIT binds calls to the functions;
# building the runtime makes of it the lowpy module runtime.builtin_table (native/builtin_table.py:
# load_builtin, what the `builtins` module holds) and each builtin's symbol (the runtime's metadata).

# Builtin functions: the static BuiltinFunction NAME (upper case) of runtime/builtins.py.
BUILTIN_FUNCTIONS = {"print", "len", "abs", "min", "max", "repr", "isinstance", "sum", "divmod", "pow", "round",
                     "hash", "id", "chr", "ord", "format", "ascii", "issubclass", "__build_class__",
                     "getattr", "setattr", "hasattr", "delattr", "vars", "iter", "next", "sorted", "any", "all",
                     "bin", "oct", "hex", "callable", "open", "input", "dir"}
# Builtin types and exceptions: the runtime's type of that Python name (a heap struct's, or a static_type).
BUILTIN_TYPES = {"range", "int", "float", "str", "bytes", "bytearray", "bool", "tuple", "list", "dict", "set",
                 "frozenset", "type", "object", "super", "property", "classmethod", "staticmethod", "enumerate",
                 "reversed", "zip", "map", "filter", "slice"}
# Builtin constants: their static object in the runtime (lowpy module.name).
BUILTIN_CONSTANTS = {"NotImplemented": "runtime.object.NOT_IMPLEMENTED",
                     "IOError": "runtime.errors.OS_ERROR", "EnvironmentError": "runtime.errors.OS_ERROR"}
EXCEPTIONS = {"BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError",
              "IndexError", "KeyError", "ValueError", "TypeError", "NameError", "UnboundLocalError", "AttributeError",
              "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration", "AssertionError",
              "SystemExit", "KeyboardInterrupt", "GeneratorExit", "MemoryError", "ImportError", "ModuleNotFoundError",
              "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "OSError", "ConnectionError",
              "BrokenPipeError", "EOFError", "FloatingPointError", "ReferenceError", "SystemError", "BufferError",
              "StopAsyncIteration", "Warning", "UserWarning", "DeprecationWarning", "PendingDeprecationWarning",
              "SyntaxWarning", "RuntimeWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning",
              "ResourceWarning", "EncodingWarning", "BlockingIOError", "ChildProcessError", "ConnectionAbortedError",
              "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
              "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
              "TimeoutError", "SyntaxError", "IndentationError", "TabError"}
BUILTINS = BUILTIN_FUNCTIONS | BUILTIN_TYPES | BUILTIN_CONSTANTS.keys() | EXCEPTIONS

# The builtins `site` adds: `python` has them, and the host pyvm runs on may have been started without site.
SITE_BUILTINS = {"exit", "quit", "help", "copyright", "credits", "license"}


def is_cpython_builtin(name: str) -> bool:
    """Whether `python` would find a builtin of that name (pyvm may lack it: then it is not supported yet)."""
    return name in builtins.__dict__ or name in SITE_BUILTINS     # (not hasattr: __annotations__, __dict__)


OPCODES = {ins.name: number for number, ins in enumerate(INSTRUCTIONS)}
BY_NAME = {ins.name: ins for ins in INSTRUCTIONS}

# Operator numbers (the `op` operand); the runtime's generic operations use the same numbers.
BINARY_OPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
UNARY_OPS = ["-", "+", "~", "not"]
COMPARE_OPS = ["<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in"]

OPERATOR_TABLES = {"BINARY": BINARY_OPS, "INPLACE": BINARY_OPS, "UNARY": UNARY_OPS, "COMPARE": COMPARE_OPS}


def operand_count(kind: str) -> int:
    return 2 if kind == "regs" else 1
