"""lowpy: the typed subset of Python that pyvm's runtime is written in (docs/lowpy.md).

Stages: `declarations` reads modules into symbol tables, `collecting` finds the
functions that may run the collector, `codegen` type-checks and emits LLVM IR
function by function, `program` drives them for one compilation unit.
"""
from pyvm.lowpy.errors import LowpyError
from pyvm.lowpy.program import Program, compile_unit

__all__ = ["LowpyError", "Program", "compile_unit"]
