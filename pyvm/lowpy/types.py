"""lowpy's types and their LLVM representation.

Values in registers use the natural LLVM type (`bool` is i1); values in memory
use the storage type (`bool` is one byte), as clang does. Struct layout is
computed here, with natural alignment, so that the compiler, the collector's
descriptors and the Python test bridge agree on every offset.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import llvmlite.ir as ir


class LType:
    name = "?"
    size = 8
    align = 8
    is_ref = False          # traced by the collector (Word, Ptr[heap struct])

    def llvm(self) -> ir.Type:
        raise NotImplementedError

    def storage(self) -> ir.Type:
        return self.llvm()

    def __repr__(self):
        return self.name


@dataclass(frozen=True, eq=True)
class IntType(LType):
    bits: int
    signed: bool

    @property
    def name(self):
        return ("i" if self.signed else "u") + str(self.bits)

    @property
    def size(self):
        return self.bits // 8

    @property
    def align(self):
        return self.bits // 8

    def llvm(self):
        return ir.IntType(self.bits)

    def __repr__(self):
        return self.name


class BoolType(LType):
    name = "bool"
    size = 1
    align = 1

    def llvm(self):
        return ir.IntType(1)

    def storage(self):
        return ir.IntType(8)


class FloatType(LType):
    name = "f64"

    def llvm(self):
        return ir.DoubleType()


class WordType(LType):
    name = "Word"
    is_ref = True

    def llvm(self):
        return ir.IntType(64)


class VoidType(LType):
    name = "None"
    size = 0

    def llvm(self):
        return ir.VoidType()


@dataclass(frozen=True, eq=True)
class PtrType(LType):
    target: LType

    @property
    def name(self):
        return f"Ptr[{self.target!r}]"

    @property
    def is_ref(self):
        return isinstance(self.target, StructType) and self.target.heap

    def llvm(self):
        return ir.PointerType()

    def __repr__(self):
        return self.name


@dataclass(frozen=True, eq=True)
class FnType(LType):
    params: tuple
    result: LType

    @property
    def name(self):
        return f"Fn[[{', '.join(map(repr, self.params))}], {self.result!r}]"

    def llvm(self):
        return ir.PointerType()

    def signature(self) -> ir.FunctionType:
        return ir.FunctionType(self.result.llvm(), [p.llvm() for p in self.params])

    def __repr__(self):
        return self.name


@dataclass(frozen=True, eq=True)
class ArrayType(LType):
    """Only as a struct field; `length` None is the trailing variable part."""
    element: LType
    length: int | None

    @property
    def name(self):
        return f"Array[{self.element!r}{'' if self.length is None else f', {self.length}'}]"

    @property
    def size(self):
        return self.element.size * (self.length or 0)

    @property
    def align(self):
        return self.element.align

    def llvm(self):
        return ir.ArrayType(self.element.storage(), self.length or 0)

    def __repr__(self):
        return self.name


@dataclass(eq=False)
class Field:
    name: str
    type: LType
    offset: int


@dataclass(eq=False)
class StructType(LType):
    """A struct; `heap` ones start with the object header (DESIGN.md 6)."""
    qualname: str                       # module.Class, unique in a program
    short: str
    path: str
    line: int
    heap: bool = False
    descriptor: bool = False
    python_name: str = ""
    length_field: str | None = None
    base: "StructType | None" = None
    fields: list = field(default_factory=list)
    size: int = 0
    align: int = 1
    laid_out: bool = False

    @property
    def name(self):
        return self.short

    def __repr__(self):
        return self.short

    def __hash__(self):
        return id(self)

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def layout(self, declared: list[tuple[str, LType]]):
        """Lay out the base's fields, then ours, each at its natural alignment."""
        fields = list(self.base.fields) if self.base else []
        offset = self.base.size if self.base else 0
        align = self.base.align if self.base else 1
        for name, t in declared:
            offset = (offset + t.align - 1) // t.align * t.align
            fields.append(Field(name, t, offset))
            offset += t.size
            align = max(align, t.align)
        self.fields = fields
        self.align = align
        self.size = (offset + align - 1) // align * align
        self.laid_out = True

    @property
    def trailing(self) -> Field | None:
        if self.fields and isinstance(self.fields[-1].type, ArrayType) and self.fields[-1].type.length is None:
            return self.fields[-1]
        return None

    def llvm(self):
        raise TypeError("struct values live behind pointers")

    def literal(self) -> ir.LiteralStructType:
        """The LLVM struct matching our layout (same order, natural alignment)."""
        return ir.LiteralStructType([f.type.storage() for f in self.fields])


I8, I16, I32, I64 = (IntType(b, True) for b in (8, 16, 32, 64))
U8, U16, U32, U64 = (IntType(b, False) for b in (8, 16, 32, 64))
BOOL = BoolType()
F64 = FloatType()
WORD = WordType()
VOID = VoidType()

SCALARS = {t.name: t for t in (I8, I16, I32, I64, U8, U16, U32, U64, BOOL, F64, WORD)}


def is_int(t: LType) -> bool:
    return isinstance(t, IntType)


def is_pointerish(t: LType) -> bool:
    return isinstance(t, (PtrType, FnType))


def same(a: LType, b: LType) -> bool:
    if isinstance(a, PtrType) and isinstance(b, PtrType):
        return same(a.target, b.target)
    if isinstance(a, StructType) or isinstance(b, StructType):
        return a is b
    return a == b if not isinstance(a, (BoolType, FloatType, WordType, VoidType)) else type(a) is type(b)
