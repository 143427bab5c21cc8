"""Buffered output to file descriptors 1 and 2, as CPython's sys.stdout and sys.stderr behave.

stdout is block-buffered (8 KiB), or line-buffered when it is a terminal;
stderr is always line-buffered (CPython 3.9+); writer_set_mode makes either
unbuffered, for `python -u` and PYTHONUNBUFFERED. A line-buffered stream is
flushed after a write that contains a newline or a carriage return (CPython's
TextIOWrapper rule). Writing to stderr does not flush stdout, so with both
redirected to one pipe the order is CPython's. Call writer_flush_all() before
the process exits: it flushes stdout, then stderr, as CPython's shutdown does.
Other descriptors are written through, unbuffered.

The writer_ functions do not raise: after a write error they return False
and drop the data that could not be written. check_written and write_text
raise the OSError, as CPython's write() does; at exit the caller reports it
as CPython's "Exception ignored" (writer_flush_all gives its errno).

Text is written as UTF-8. The only code points UTF-8 cannot encode are lone
surrogates; what becomes of them is the stream's error handler: stderr's is
always backslashreplace, stdout's is the one the host CPython chose from the
locale and PYTHONIOENCODING (writer_set_errors; strict when never set).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.strobj import (Str, check_encodable, is_surrogate_at, surrogate_code_point,
                                 write_code_point_escape, ESCAPE_TEXT)
from pyvm.runtime.errors import raise_os_error
from pyvm.runtime.fileobj import files_flush_all

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


# Error handlers of CPython's codecs: what writing a lone surrogate does.
ERRORS_STRICT = 0              # UnicodeEncodeError
ERRORS_SURROGATEESCAPE = 1     # U+DC80..U+DCFF become the bytes 0x80..0xFF; other surrogates are errors
ERRORS_BACKSLASHREPLACE = 2    # \udXXX (namereplace too: surrogates have no names)
ERRORS_SURROGATEPASS = 3       # their 3-byte sequences, as str holds them
ERRORS_IGNORE = 4
ERRORS_REPLACE = 5             # ?
ERRORS_XMLCHARREFREPLACE = 6   # &#NNNNN;


class OutputBuffer(Struct):
    used: i64
    mode: i64                  # a MODE_ constant
    errors: i64                # an ERRORS_ constant (read for stdout only)
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


def writer_set_errors(errors: i64) -> None:
    """Choose stdout's error handler (an ERRORS_ constant)."""
    STDOUT_BUFFER.errors = errors


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


def writer_flush_all() -> i32:
    """Flush the files open (fileobj.py), then stdout then stderr (call before exit): 0, or the errno of a failed write of stdout
    (which CPython reports at exit; a failure on stderr has nowhere to be reported)."""
    files_flush_all()
    errnum: i32 = 0
    if not writer_flush(1):
        errnum = __errno_location()[0]
    writer_flush(2)
    return errnum


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
    if n > BUFFER_SIZE - b.used:
        if not flush_buffer(fd, b):
            return False       # this write's data is lost with the buffer's, as in CPython
        if n >= BUFFER_SIZE:
            # Too big to buffer: write it straight through (the buffer is empty now).
            return write_all(fd, p, n)
    memcpy(b.data + b.used, p, n)
    b.used += n
    if b.mode == MODE_UNBUFFERED or (b.mode == MODE_LINE and has_line_end(p, n)):
        return flush_buffer(fd, b)
    return True


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


def check_written(ok: bool) -> bool:
    """ok, or False after raising the OSError of the write that failed (BrokenPipeError when the
    reader has gone: SIGPIPE is ignored, as in CPython)."""
    if not ok:
        raise_os_error(__errno_location()[0])
    return ok


def write_text(fd: i32, s: Word) -> bool:
    """Write the str s to sys.stdout or sys.stderr (fd 1 or 2) as their write() does: False after
    raising the OSError of a failed write, or the UnicodeEncodeError of a lone surrogate the stream's
    error handler refuses (then nothing of s is written)."""
    errors = ERRORS_BACKSLASHREPLACE
    if fd != 2:
        errors = STDOUT_BUFFER.errors
    if errors == ERRORS_STRICT or errors == ERRORS_SURROGATEESCAPE:
        if not check_encodable(s, errors == ERRORS_SURROGATEESCAPE):
            return False
    return check_written(write_surrogates_replaced(fd, s, errors))


def write_surrogates_replaced(fd: i32, s: Word, errors: i64) -> bool:
    """Write the str s with each lone surrogate as the error handler replaces it (nothing here
    allocates: s cannot move). Under strict there are none: check_encodable has seen to that."""
    p = cast(Ptr[Str], s)
    n = p.nbytes
    if p.length == n:
        return writer_write_bytes(fd, p.data, n)      # ASCII
    done: i64 = 0              # bytes of s written or replaced
    k: i64 = 0
    while k < n:
        if not is_surrogate_at(p.data, k, n):
            k += 1
            continue
        if not writer_write_bytes(fd, p.data + done, k - done):
            return False
        out = ESCAPE_TEXT.text
        size = surrogate_replacement(out, p.data + k, errors)
        if not writer_write_bytes(fd, out, size):
            return False
        k += 3
        done = k
    return writer_write_bytes(fd, p.data + done, n - done)


def surrogate_replacement(out: Ptr[u8], utf8: Ptr[u8], errors: i64) -> i64:
    """Write what the error handler makes of the surrogate encoded at utf8 to out; its length."""
    if errors == ERRORS_SURROGATEESCAPE:
        out[0] = u8(surrogate_code_point(utf8) & 0xFF)
        return 1
    if errors == ERRORS_SURROGATEPASS:
        for i in range(3):
            out[i] = utf8[i]
        return 3
    if errors == ERRORS_IGNORE:
        return 0
    if errors == ERRORS_REPLACE:
        out[0] = 0x3F          # ?
        return 1
    if errors == ERRORS_XMLCHARREFREPLACE:
        cp = surrogate_code_point(utf8)       # 55296..57343: always five digits
        out[0] = 0x26          # &
        out[1] = 0x23          # #
        for i in range(5):
            out[6 - i] = u8(0x30 + cp % 10)
            cp = cp // 10
        out[7] = 0x3B          # ;
        return 8
    return write_code_point_escape(surrogate_code_point(utf8), out)
