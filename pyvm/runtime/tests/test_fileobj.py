"""Files open at exit (runtime/fileobj.py): what they buffer is written out, as CPython's finalization
does, whether the program ends normally, by sys.exit or by an uncaught exception."""
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

PROGRAM = """\
import sys
f = open({path!r}, 'w')
f.write('text ' * 3)
g = open({path!r} + '.bin', 'wb')
g.write(b'\\x00\\xff')
print('done')
{ending}
"""


@pytest.mark.parametrize("ending, status", [("", 0), ("sys.exit(3)", 3), ("1 / 0", 1)])
def test_files_open_at_exit_are_flushed(tmp_path, ending, status):
    path = str(tmp_path / "out.txt")
    prog = tmp_path / "prog.py"
    prog.write_text(PROGRAM.format(path=path, ending=ending))
    for argv in ([sys.executable], [sys.executable, "-S", os.path.join(REPO, "bin", "pyvm")]):
        for p in (path, path + ".bin"):
            if os.path.exists(p):
                os.unlink(p)
        r = subprocess.run(argv + [str(prog)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=dict(os.environ, PYTHONPATH=REPO), timeout=600)
        assert (r.returncode, r.stdout) == (status, b"done\n"), r.stderr
        with open(path) as f:
            assert f.read() == "text text text "
        with open(path + ".bin", "rb") as f:
            assert f.read() == b"\x00\xff"
