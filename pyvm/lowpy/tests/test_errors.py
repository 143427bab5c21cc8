"""Bad lowpy fails at compile time with `lowpy: FILE:LINE: message`, never an LLVM dump or a traceback."""
import textwrap

import pytest

from pyvm.lowpy import LowpyError, Program, compile_unit


def compile_error(source: str) -> str:
    program = Program()
    with pytest.raises(LowpyError) as info:
        # source starts with a newline: the import stands on line 1, the snippet's lines keep their numbers
        program.add_source("bad", "from pyvm.lowpy.lang import *" + textwrap.dedent(source), "runtime/bad.py")
        program.declare()
        compile_unit(program, ["bad"])
    return str(info.value)


@pytest.mark.parametrize("source, message", [
    ("""
     from pyvm.runtime.object import Object

     class List(Object):
         size: i64

     def f(p: Ptr[List], n: i64) -> Ptr[List]:
         return p + n
     """, "lowpy: runtime/bad.py:8: cannot add Ptr[List] and i64"),
    ("""
     def f(p: Ptr[u8], q: Ptr[u8]) -> Ptr[u8]:
         return p + q
     """, "lowpy: runtime/bad.py:3: cannot add Ptr[u8] and Ptr[u8]"),
    ("""
     def f(a: i64, b: u32) -> i64:
         return a + b
     """, "lowpy: runtime/bad.py:3: cannot add i64 and u32"),
    ("""
     def f() -> i64:
         return missing
     """, "lowpy: runtime/bad.py:3: unknown name missing"),
    ("""
     def g(a: i64) -> i64:
         return a

     def f() -> i64:
         return g(1, 2)
     """, "lowpy: runtime/bad.py:6: g() takes 1 arguments, got 2"),
    ("""
     def f() -> Word:
         return 0
     """, "lowpy: runtime/bad.py:3: cannot return i64 as Word"),
    ("""
     class P(Struct):
         x: i64

     def f(p: Ptr[P]) -> i64:
         return p.y
     """, "lowpy: runtime/bad.py:6: P has no field y"),
    ("""
     counter: i64 = 0

     def f() -> None:
         counter = 1
     """, "lowpy: runtime/bad.py:5: assigning global counter needs `global counter`"),
    ("""
     def f(x: u8) -> u8:
         return x + 300
     """, "lowpy: runtime/bad.py:3: constant 300 does not fit in u8"),
    ("""
     def f(x: i64) -> i64:
         return x.field
     """, "lowpy: runtime/bad.py:3: x is i64, not a pointer to a struct"),
    ("""
     def f(x: i64) -> i64
         return x
     """, "lowpy: runtime/bad.py:2: syntax error: expected ':'"),
    ("""
     def f(x) -> i64:
         return x
     """, "lowpy: runtime/bad.py:2: parameter x needs a type"),
    ("""
     def f(x: Dict[i64]) -> i64:
         return 0
     """, "lowpy: runtime/bad.py:2: not a lowpy type: Dict[i64]"),
    ("""
     def f(x: i64) -> i64:
         return [x][0]
     """, "lowpy: runtime/bad.py:3: not allowed in lowpy: List expression"),
    ("""
     def f(x: i64) -> i64:
         try:
             return x
         finally:
             pass
     """, "lowpy: runtime/bad.py:3: not allowed in lowpy: Try statement"),
    ("""
     def f(x: i64) -> f64:
         return x
     """, "lowpy: runtime/bad.py:3: cannot return i64 as f64"),
    ("""
     class Node(Struct):
         items: Array[Word]
         after: i64
     """, "lowpy: runtime/bad.py:2: field items: a variable-length array must be the last field"),
    ("""
     def f() -> None:
         x = new(Missing)
     """, "lowpy: runtime/bad.py:3: unknown type Missing"),
    ("""
     from pyvm.runtime.nowhere import thing
     """, "lowpy: runtime/bad.py:2: no lowpy module pyvm.runtime.nowhere"),
    ("""
     def f(a: i64) -> bool:
         return 1 < a < 3
     """, "lowpy: runtime/bad.py:3: lowpy has no chained comparisons"),
])
def test_errors_name_file_line_and_problem(source, message):
    assert compile_error(source) == message


def test_a_function_falling_off_its_end_aborts_with_its_location(tmp_path):
    import subprocess
    import sys
    path = tmp_path / "falls.py"
    path.write_text("from pyvm.lowpy.lang import *\n\ndef main() -> i64:\n    x = 1\n")
    child = subprocess.run([sys.executable, "-m", "pyvm.cli", "lowpy", str(path)], capture_output=True, text=True)
    assert child.returncode != 0
    assert f"lowpy: {path}:3: main ended without return" in child.stderr
