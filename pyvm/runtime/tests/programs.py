"""Running small lowpy programs from tests in a fresh process (for what they write to fds 1 and 2).

The program's module is compiled against the runtime with Runtime.compile_lowpy
and its `main() -> i64` is called; its result is the exit status.
"""
import os
import subprocess
import sys
import textwrap

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

RUNNER = """\
import sys
from pyvm.native import load_runtime
rt = load_runtime()
path = sys.argv[1]
rt.compile_lowpy(open(path).read(), name="program", path=path)
sys.exit(rt.call("program.main"))
"""


def run_lowpy(tmp_path, source, name="prog", stderr_to_stdout=False, timeout=600):
    """Write source (dedented) to tmp_path/name.py and run its main(); the CompletedProcess."""
    path = tmp_path / (name + ".py")
    path.write_text(textwrap.dedent(source))
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run([sys.executable, "-c", RUNNER, str(path)], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if stderr_to_stdout else subprocess.PIPE,
                          env=env, cwd=REPO, timeout=timeout)
