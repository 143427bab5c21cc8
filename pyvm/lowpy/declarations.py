"""Reading lowpy modules into symbol tables: structs, functions, globals, constants, statics.

Nothing here emits code; `codegen` reads these tables.
"""
from __future__ import annotations

import ast
import operator
from dataclasses import dataclass, field
from pathlib import Path

from pyvm.lowpy import types as T
from pyvm.lowpy.errors import LowpyError

PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent   # the folder holding `pyvm/`
LANG_MODULE = "pyvm.lowpy.lang"
FUNCTION_DECORATORS = {"extern", "inline", "noinline", "collects"}


@dataclass(eq=False)
class FunctionDecl:
    name: str
    symbol: str
    module: "ModuleDecl"
    node: ast.FunctionDef
    params: list = field(default_factory=list)       # [(name, LType)]
    result: T.LType = T.VOID
    extern: bool = False
    inline: bool = False
    noinline: bool = False
    collects: bool = False

    @property
    def fn_type(self) -> T.FnType:
        return T.FnType(tuple(t for _, t in self.params), self.result)


@dataclass(eq=False)
class GlobalDecl:
    name: str
    symbol: str
    type: T.LType
    value: object            # a constant initializer (int, float) or None for zero
    line: int


@dataclass(eq=False)
class ConstDecl:
    name: str
    value: object            # int, float or str


@dataclass(eq=False)
class StaticDecl:
    """A static object, `static(S, f=v)`, or a Python type sharing a layout, `static_type(S, "Name", base=B)`."""
    name: str
    symbol: str
    struct: T.StructType
    line: int
    inits: dict = field(default_factory=dict)
    python_name: str | None = None          # set for static_type
    base: object = None                     # a StaticDecl or DescriptorRef, for static_type

    @property
    def type(self) -> T.LType:
        return T.PtrType(self.descriptor_struct) if self.python_name is not None else T.PtrType(self.struct)

    descriptor_struct: T.StructType | None = None


@dataclass(eq=False)
class DescriptorRef:
    """`type_of(S)` bound to a module-level name: the descriptor of heap struct S."""
    name: str
    struct: T.StructType
    descriptor_struct: T.StructType

    @property
    def type(self):
        return T.PtrType(self.descriptor_struct)


@dataclass(eq=False)
class ModuleDecl:
    name: str                       # e.g. "runtime.object" (without "pyvm.")
    path: str                       # shown in messages
    tree: ast.Module
    symbols: dict = field(default_factory=dict)
    imports: dict = field(default_factory=dict)     # local name -> (module name, symbol name, line)

    def error(self, node, message) -> LowpyError:
        return LowpyError(self.path, getattr(node, "lineno", 0), message)


def module_name_of(dotted: str) -> str:
    return dotted[len("pyvm."):] if dotted.startswith("pyvm.") else dotted


def path_of_module(name: str) -> Path:
    return PACKAGE_ROOT / "pyvm" / (name.replace(".", "/") + ".py")


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PACKAGE_ROOT))
    except ValueError:
        return str(path)


def decorator_names(node) -> list[str]:
    names = []
    for d in node.decorator_list:
        names.append(d.id if isinstance(d, ast.Name) else "?")
    return names


# -- constant expressions ------------------------------------------------------

_BINOPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Div: operator.truediv,
    ast.LShift: operator.lshift, ast.RShift: operator.rshift, ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_, ast.BitXor: operator.xor, ast.Pow: operator.pow,
}
_UNOPS = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Invert: operator.invert}


def constant_value(module: ModuleDecl, node, lookup):
    """Evaluate a constant expression; `lookup(name)` gives other constants. None if not constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str)) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return int(node.value)
    if isinstance(node, ast.Name):
        return lookup(node.id)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        a = constant_value(module, node.left, lookup)
        b = constant_value(module, node.right, lookup)
        if a is None or b is None:
            return None
        try:
            return _BINOPS[type(node.op)](a, b)
        except (ArithmeticError, TypeError, ValueError) as e:
            raise module.error(node, f"bad constant expression: {e}") from None
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNOPS:
        a = constant_value(module, node.operand, lookup)
        return None if a is None else _UNOPS[type(node.op)](a)
    return None
