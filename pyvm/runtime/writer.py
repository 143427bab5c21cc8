"""Buffered output to file descriptors 1 and 2, as CPython's sys.stdout and sys.stderr behave.

stdout is block-buffered (8 KiB), or line-buffered when it is a terminal;
stderr is always line-buffered (CPython 3.9+); writer_set_mode makes either
unbuffered, for `python -u` and PYTHONUNBUFFERED. A line-buffered stream is
flushed after a write that contains a newline or a carriage return (CPython's
TextIOWrapper rule). Writing to stderr does not flush stdout, so with both
redirected to one pipe the order is CPython's. Call writer_flush_all() before
the process exits: it flushes stdout, then stderr, as CPython's shutdown does.
Other descriptors are written through, unbuffered.

Write errors are not raised here: the functions return False and drop the
data that could not be written, and the caller decides (CPython reports an
OSError, at exit as "Exception ignored").
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.strobj import Str

@extern
def write(fd: i32, buf: Ptr[u8], n: i64) -> i64: ...


@extern
def isatty(fd: i32) -> i32: ...


@extern
def __errno_location() -> Ptr[i32]: ...


@extern
def memcpy(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


BUFFER_SIZE = 8192
EINTR = 4

MODE_UNDECIDED = 0
MODE_BLOCK = 1                 # flushed when full
MODE_LINE = 2                  # also flushed after a write holding a line end
MODE_UNBUFFERED = 3            # written through (python -u, PYTHONUNBUFFERED)


class OutputBuffer(Struct):
    used: i64
    mode: i64                  # a MODE_ constant
    data: Array[u8, 8192]      # BUFFER_SIZE (a named constant is not resolved in layouts yet)


STDOUT_BUFFER = static(OutputBuffer)
STDERR_BUFFER = static(OutputBuffer)


def write_all(fd: i32, p: Ptr[u8], n: i64) -> bool:
    """write(2) until all n bytes are out, retrying after partial writes and EINTR."""
    done: i64 = 0
    while done < n:
        r = write(fd, p + done, n - done)
        if r < 0:
            if __errno_location()[0] == EINTR:
                continue
            return False
        if r == 0:
            return False           # a regular file or pipe never does this; do not spin
        done += r
    return True


def buffer_of(fd: i32) -> Ptr[OutputBuffer]:
    """The buffer of fd 1 or 2 (its mode decided on first use), null for other descriptors."""
    b = null(OutputBuffer)
    if fd == 1:
        b = STDOUT_BUFFER
    elif fd == 2:
        b = STDERR_BUFFER
    else:
        return b
    if b.mode == MODE_UNDECIDED:
        b.mode = MODE_BLOCK
        if fd == 2 or isatty(fd) != 0:
            b.mode = MODE_LINE
    return b


def writer_set_mode(fd: i32, mode: i64) -> bool:
    """Choose how fd 1 or 2 is buffered (a MODE_ constant), flushing what it holds; False on error."""
    b = buffer_of(fd)
    if not b:
        return True
    ok = flush_buffer(fd, b)
    b.mode = mode
    return ok


def flush_buffer(fd: i32, b: Ptr[OutputBuffer]) -> bool:
    n = b.used
    b.used = 0                 # on error the data is dropped, not retried forever
    if n == 0:
        return True
    return write_all(fd, b.data, n)


def writer_flush(fd: i32) -> bool:
    """Write out what is buffered for fd; False after a write error."""
    b = buffer_of(fd)
    if not b:
        return True
    return flush_buffer(fd, b)


def writer_flush_all() -> bool:
    """Flush stdout then stderr (call before exit); False after a write error."""
    ok_out = writer_flush(1)
    ok_err = writer_flush(2)
    return ok_out and ok_err


def has_line_end(p: Ptr[u8], n: i64) -> bool:
    for k in range(n):
        if p[k] == 0x0A or p[k] == 0x0D:
            return True
    return False


def writer_write_bytes(fd: i32, p: Ptr[u8], n: i64) -> bool:
    """Write p[0:n] to fd through its buffer; False after a write error."""
    if n <= 0:
        return True
    b = buffer_of(fd)
    if not b:
        return write_all(fd, p, n)
    ok = True
    if n > BUFFER_SIZE - b.used:
        ok = flush_buffer(fd, b)
        if n >= BUFFER_SIZE:
            # Too big to buffer: write it straight through (the buffer is empty now).
            return write_all(fd, p, n) and ok
    memcpy(b.data + b.used, p, n)
    b.used += n
    if b.mode == MODE_UNBUFFERED or (b.mode == MODE_LINE and has_line_end(p, n)):
        return flush_buffer(fd, b) and ok
    return ok


def writer_write_str(fd: i32, s: Word) -> bool:
    """Write the UTF-8 text of the str s (nothing here allocates, so s cannot move)."""
    p = cast(Ptr[Str], s)
    return writer_write_bytes(fd, p.data, p.nbytes)


def writer_write_cstr(fd: i32, text: Ptr[u8]) -> bool:
    """Write NUL-terminated bytes."""
    n: i64 = 0
    while text[n] != 0:
        n += 1
    return writer_write_bytes(fd, text, n)
