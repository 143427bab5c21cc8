"""Every code object's constants and names are roots for the rest of the process: a program with
more code objects than the collector's fixed table of ranges (1024) must run as in CPython."""
import subprocess
import sys


def test_a_program_of_1500_functions_runs_as_in_cpython(tmp_path):
    lines = []
    for i in range(750):
        lines += [f"def f{i}(x):", f"    return lambda: (x, 'f{i}', {i})"]
    lines += ["total = 0", "for g in (" + ", ".join(f"f{i}" for i in range(0, 750, 7)) + "):",
              "    x, name, i = g(2)()", "    total += x * i", "print(total, name)"]
    program = tmp_path / "many.py"
    program.write_text("\n".join(lines) + "\n")
    ours = subprocess.run([sys.executable, "-m", "pyvm.cli", str(program)], capture_output=True, text=True)
    theirs = subprocess.run([sys.executable, str(program)], capture_output=True, text=True)
    assert (ours.returncode, ours.stdout, ours.stderr) == (theirs.returncode, theirs.stdout, theirs.stderr)
