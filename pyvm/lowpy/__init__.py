"""lowpy: the typed subset of Python that pyvm's runtime is written in (docs/lowpy.md).

Stages: `declarations` reads modules into symbol tables, `collecting` finds the
functions that may run the collector, `codegen` type-checks and emits LLVM IR
function by function, `program` drives them for one compilation unit.
"""
from pyvm.lowpy.errors import LowpyError

__all__ = ["LowpyError", "Program", "compile_unit"]


def __getattr__(name):
    # The compiler is imported only when something is compiled: a cached runtime starts without it.
    if name in ("Program", "compile_unit"):
        from pyvm.lowpy import program
        return getattr(program, name)
    raise AttributeError(name)
