"""The buffered writer (pyvm/runtime/writer.py): contents, flush points, and the order CPython gives."""
import ctypes
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from pyvm.native import load_runtime
from pyvm.runtime.tests.programs import REPO, RUNNER, run_lowpy

W = "runtime.writer."


@pytest.fixture(scope="module")
def rt():
    return load_runtime()


PRELUDE = """\
from pyvm.lowpy.lang import *
from pyvm.runtime.strobj import str_from_cstr, str_repeat, str_concat
from pyvm.runtime.writer import (writer_write_bytes, writer_write_str, writer_write_cstr,
                                 writer_flush, writer_flush_all, writer_set_mode)

"""


def run_writer_program(tmp_path, body):
    """Run a lowpy program twice: stdout and stderr captured apart, then merged into one pipe."""
    source = PRELUDE + textwrap.dedent(body)
    apart = run_lowpy(tmp_path, source)
    assert apart.returncode == 0, apart.stderr.decode(errors="replace")
    merged = run_lowpy(tmp_path, source, stderr_to_stdout=True)
    assert merged.returncode == 0
    return apart.stdout, apart.stderr, merged.stdout


def run_cpython(code):
    """What CPython itself writes, stdout and stderr merged into one pipe, with default buffering."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          env=env, timeout=60).stdout


def test_interleaving_matches_cpython(tmp_path):
    out, err, merged = run_writer_program(tmp_path, """\
        def main() -> i64:
            writer_write_cstr(1, "o1\\n")
            writer_write_cstr(2, "e1")
            writer_write_cstr(1, "o2\\n")
            writer_write_cstr(2, "e2\\n")
            writer_write_cstr(1, "o3")
            writer_write_cstr(2, "e3\\r")
            writer_write_cstr(2, "e4")
            writer_flush_all()
            return 0
        """)
    assert out == b"o1\no2\no3"
    assert err == b"e1e2\ne3\re4"
    expected = run_cpython(r"""
import sys
sys.stdout.write("o1\n"); sys.stderr.write("e1"); sys.stdout.write("o2\n"); sys.stderr.write("e2\n")
sys.stdout.write("o3"); sys.stderr.write("e3\r"); sys.stderr.write("e4")
""")
    assert expected == b"e1e2\ne3\ro1\no2\no3e4"        # the behaviour we copy, checked on this CPython
    assert merged == expected


def test_stdout_flushes_when_full(tmp_path):
    # 10000 bytes to stdout then a line to stderr: the first 8192 went out when the buffer filled
    out, err, merged = run_writer_program(tmp_path, """\
        def main() -> i64:
            for k in range(10000):
                writer_write_cstr(1, "x")
            writer_write_cstr(2, "err\\n")
            writer_flush_all()
            return 0
        """)
    assert out == b"x" * 10000
    assert err == b"err\n"
    assert merged == b"x" * 8192 + b"err\n" + b"x" * 1808


def test_many_sizes_cross_every_boundary(tmp_path):
    text = bytes(range(48, 48 + 64))          # the 64 bytes of TEXT below
    out, err, merged = run_writer_program(tmp_path, """\
        TEXT = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`abcdefghijklmno"

        def main() -> i64:
            for k in range(30000):
                writer_write_bytes(1, TEXT, k % 65)
                if k % 5000 == 0:
                    writer_write_cstr(2, "mark\\n")
            big = str_repeat(str_from_cstr("héllo € "), 5000)
            writer_write_str(1, big)
            writer_write_str(1, str_from_cstr("end\\n"))
            writer_write_bytes(1, TEXT, 0)
            writer_flush_all()
            return 0
        """)
    expected = b"".join(text[:k % 65] for k in range(30000)) + "héllo € ".encode() * 5000 + b"end\n"
    assert len(text) == 64
    assert out == expected
    assert err == b"mark\n" * 6


def test_unbuffered_mode_and_explicit_flush(tmp_path):
    out, err, merged = run_writer_program(tmp_path, """\
        def main() -> i64:
            writer_write_cstr(1, "a")
            writer_flush(1)
            writer_write_cstr(2, "b")
            writer_flush(2)
            writer_write_cstr(1, "c")
            writer_set_mode(1, 3)
            writer_write_cstr(1, "d")
            writer_write_cstr(2, "e")
            writer_set_mode(2, 3)
            writer_write_cstr(2, "f")
            writer_write_cstr(1, "g")
            writer_flush_all()
            return 0
        """)
    assert out == b"acdg"
    assert err == b"bef"
    assert merged == b"abcdefg"


TERMINAL_PROGRAM = PRELUDE + """\
def main() -> i64:
    writer_write_cstr(1, "line\\n")
    writer_write_cstr(1, "partial")
    return 0            # no flush: what was not flushed on the way is lost
"""


def test_stdout_is_line_buffered_on_a_terminal_only(tmp_path):
    import pty
    master, slave = pty.openpty()
    try:
        path = tmp_path / "tty.py"
        path.write_text(TERMINAL_PROGRAM)
        env = dict(os.environ, PYTHONPATH=REPO)
        done = subprocess.run([sys.executable, "-c", RUNNER, str(path)], stdout=slave, stderr=subprocess.PIPE,
                              env=env, cwd=REPO, timeout=300)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        os.close(slave)
        slave = -1
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:          # EIO: the terminal's other side is closed and drained
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if slave >= 0:
            os.close(slave)
        os.close(master)
    assert seen == b"line\r\n"     # the terminal turns \n into \r\n
    piped = run_lowpy(tmp_path, TERMINAL_PROGRAM, name="piped")
    assert piped.returncode == 0 and piped.stdout == b""


# -- in process, on descriptors other than 1 and 2 (written through) -------------------

def test_pipe_write_with_partial_writes_and_signals(rt):
    """A blocking write of 4 MiB to a slowly drained pipe while signals interrupt it:
    write(2) returns short counts and EINTR, and every byte must still arrive once, in order."""
    size = 4 << 20
    data = bytes((k * 7 + k // 251) & 0xFF for k in range(size))
    buf = ctypes.create_string_buffer(data, size)
    r, w = os.pipe()
    received = bytearray()

    def drain():
        while True:
            chunk = os.read(r, 65536)
            if not chunk:
                return
            received.extend(chunk)
            time.sleep(0.0002)

    reader = threading.Thread(target=drain)
    reader.start()
    old = signal.signal(signal.SIGALRM, lambda *a: None)
    signal.setitimer(signal.ITIMER_REAL, 0.0005, 0.0005)
    try:
        ok = rt.call(W + "writer_write_bytes", w, ctypes.addressof(buf), size)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, old)
        os.close(w)
        reader.join()
        os.close(r)
    assert ok is True
    assert bytes(received) == data


def test_write_error_returns_false(rt):
    r, w = os.pipe()
    os.close(r)                                  # EPIPE (CPython ignores SIGPIPE, so no signal kills us)
    buf = ctypes.create_string_buffer(b"abc")
    try:
        assert rt.call(W + "writer_write_bytes", w, ctypes.addressof(buf), 3) is False
        assert rt.call(W + "writer_write_bytes", w, ctypes.addressof(buf), 0) is True
    finally:
        os.close(w)
    assert rt.call(W + "writer_write_bytes", 987, ctypes.addressof(buf), 3) is False     # EBADF


def test_write_str_and_cstr_to_pipe(rt):
    r, w = os.pipe()
    try:
        s = rt.from_py("héllo €\U0001f600\n")
        assert rt.call(W + "writer_write_str", w, s) is True
        text = ctypes.create_string_buffer("ça va\n".encode())
        assert rt.call(W + "writer_write_cstr", w, ctypes.addressof(text)) is True
        os.close(w)
        w = -1
        got = b""
        while chunk := os.read(r, 4096):
            got += chunk
    finally:
        if w >= 0:
            os.close(w)
        os.close(r)
    assert got == "héllo €\U0001f600\nça va\n".encode()
