"""Functions above HUGE_FUNCTION instructions are compiled without LLVM's optimizations: the code
they get must still be right."""
import subprocess
import sys

from pyvm.frontend.compiler import compile_module
from pyvm.jit import HUGE_FUNCTION


def test_a_huge_function_runs_as_in_cpython(tmp_path):
    lines = ["def f(x, items):", "    total = 0"]
    for i in range(HUGE_FUNCTION // 20):             # 22 instructions each
        lines.append(f"    total = (total * 3 + x // {i + 1} - items[{i % 3}]) % 1000003")
        lines.append(f"    if total % 7 == {i % 7}:\n        items.append(total)")
    lines += ["    return total, len(items)", "print(f(123456789, [1, 2, 3]))", "print(f(-5, [0.5, 2, 3]))"]
    source = "\n".join(lines) + "\n"
    module = compile_module(source, "huge.py")
    assert len(next(c for c in module.walk() if c.name == "f").instructions) > HUGE_FUNCTION
    program = tmp_path / "huge.py"
    program.write_text(source)
    ours = subprocess.run([sys.executable, "-m", "pyvm.cli", str(program)], capture_output=True, text=True)
    theirs = subprocess.run([sys.executable, str(program)], capture_output=True, text=True)
    assert (ours.returncode, ours.stdout, ours.stderr) == (theirs.returncode, theirs.stdout, theirs.stderr)
