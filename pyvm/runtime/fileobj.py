"""Files: open(), the file objects it makes (CPython's _io.TextIOWrapper, BufferedReader,
BufferedWriter, BufferedRandom and FileIO), and input() reading sys.stdin.

One struct serves every kind: a file descriptor and one malloc'd buffer, holding either data read
ahead ([rpos, rlen)) or data written and not yet flushed ([0, wlen)), never both. Text files work on
bytes in the file's encoding (utf-8, ascii or latin-1, where '\\r' and '\\n' are single bytes):
newlines are found and translated on bytes, which are then decoded (bytesobj.decode_bytes), so
UnicodeDecodeError is CPython's. tell() is the byte position, which is CPython's cookie while no
decoder state is pending (always, for these codecs).

Files still open are kept in `open_files`: they are flushed before open() opens another (CPython
closes a file dropped without close() at once, by reference counting, so what it wrote is there to
read) and at exit (`files_flush_all`, called by writer_flush_all).

Not like CPython yet: a file object dropped without close() keeps its descriptor until exit;
io.UnsupportedOperation derives from OSError only (CPython's from ValueError too); a text file's
UnicodeDecodeError from readline() or iteration counts its position from the line's start (CPython's,
from the 8 KiB chunk it decoded); tell() during iteration is allowed.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, BuiltinFunction, add_method, small, none_word, bool_word, has_type, is_small, small_value, type_ready
from pyvm.runtime.strobj import Str, str_from_cstr, check_encodable
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_bytes, str_builder_add_cstr,
                                     str_builder_add_str, str_builder_free, str_builder_finish, str_builder_reserve,
                                     malloc, free)
from pyvm.runtime.bytesobj import (BYTES_TYPE, CODEC_UTF8, is_bytes_like, byte_data, byte_size, bytes_from_builder,
                                   decode_bytes, encode_str, codec_of)
from pyvm.runtime.listobj import List, list_new, list_append, list_pop, list_array
from pyvm.runtime.intobj import int_from_i64
from pyvm.runtime.errors import (raise_msg, raise_text, raise_message, raise_os_error, raise_os_error_with_name,
                                 raise_not_supported, os_error_kind, pending, clear, decimal_text, TYPE_ERROR, VALUE_ERROR,
                                 EOF_ERROR, IS_A_DIRECTORY_ERROR, UNSUPPORTED_OPERATION)
from pyvm.runtime.writer import write_all, writer_flush, write_text, check_written, __errno_location, EINTR
from pyvm.runtime.ops import repr_of, str_of, type_name, is_str, get_iter, iter_next, truthy
from pyvm.runtime.builtins import (kw_count, kw_name, name_is, no_keywords, raise_bad_keyword, raise_arg_count,
                                   index_arg, ssize_arg, positional_count)


@extern
def open(path: Ptr[u8], flags: i32, mode: i32) -> i32: ...


@extern
def read(fd: i32, buf: Ptr[u8], n: i64) -> i64: ...


@extern
def lseek(fd: i32, offset: i64, whence: i32) -> i64: ...


@extern
def close(fd: i32) -> i32: ...


@extern
def fstat(fd: i32, buf: Ptr[u8]) -> i32: ...


@extern
def ftruncate(fd: i32, size: i64) -> i32: ...


@extern
def isatty(fd: i32) -> i32: ...


@extern
def memcpy(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


@extern
def memmove(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


class IOFile(Object, name="_io.TextIOWrapper"):
    name: Word                 # the file argument (a str, bytes or int)
    mode: Word                 # the mode attribute (a str)
    encoding: Word             # a text file's encoding as given (a str), 0 for binary files
    errors: Word               # a text file's error handler (a str), 0 for binary files
    fd: i64                    # -1 once closed
    readable: bool
    writable: bool
    closefd: bool
    line_buffering: bool       # a text file flushed after a write holding a line end
    unbuffered: bool           # FileIO: every write goes out at once
    newline: i64               # a NEWLINE_ constant (text files)
    buffer: Ptr[u8]            # malloc'd, capacity bytes; 0 before the first use
    capacity: i64
    rpos: i64                  # data read ahead: buffer[rpos:rlen]
    rlen: i64
    wlen: i64                  # data written, not flushed: buffer[0:wlen]


TEXT_FILE_TYPE = type_of(IOFile)
# The methods are in one table: its base's (CPython's _IOBase, _TextIOBase, _BufferedIOBase, _RawIOBase)
IO_BASE = static_type(IOFile, "_io._IOBase")
BUFFERED_READER = static_type(IOFile, "_io.BufferedReader", base=IO_BASE)
BUFFERED_WRITER = static_type(IOFile, "_io.BufferedWriter", base=IO_BASE)
BUFFERED_RANDOM = static_type(IOFile, "_io.BufferedRandom", base=IO_BASE)
FILE_IO = static_type(IOFile, "_io.FileIO", base=IO_BASE)

# sys.stdin, as input() reads it (fields set at the first use; its Words stay 0: utf-8, strict)
STDIN = static(IOFile)

NEWLINE_UNIVERSAL = 0          # newline=None: \n, \r and \r\n end lines and read as \n
NEWLINE_UNTRANSLATED = 1       # newline='': they end lines, read as they are
NEWLINE_LF = 2
NEWLINE_CR = 3
NEWLINE_CRLF = 4

DEFAULT_BUFFER_SIZE = 8192
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0x40
O_EXCL = 0x80
O_TRUNC = 0x200
O_APPEND = 0x400
O_CLOEXEC = 0x80000
EISDIR = 21
S_IFMT = 0xF000
S_IFDIR = 0x4000
STAT_SIZE = 144                # struct stat on x86-64 Linux; st_mode is the u32 at byte 24
STAT_MODE_OFFSET = 24

open_files: Word = cast(Word, 0)       # a list of the files open, 0 before the first


class StatBuffer(Struct):
    data: Array[u8, 144]       # STAT_SIZE


STAT = static(StatBuffer)

FILE_READ = static(BuiltinFunction, name="read", method=file_read)
FILE_READLINE = static(BuiltinFunction, name="readline", method=file_readline)
FILE_READLINES = static(BuiltinFunction, name="readlines", method=file_readlines)
FILE_WRITE = static(BuiltinFunction, name="write", method=file_write)
FILE_WRITELINES = static(BuiltinFunction, name="writelines", method=file_writelines)
FILE_SEEK = static(BuiltinFunction, name="seek", method=file_seek)
FILE_TELL = static(BuiltinFunction, name="tell", method=file_tell)
FILE_TRUNCATE = static(BuiltinFunction, name="truncate", method=file_truncate)
FILE_FLUSH = static(BuiltinFunction, name="flush", method=file_flush)
FILE_CLOSE = static(BuiltinFunction, name="close", method=file_close)
FILE_FILENO = static(BuiltinFunction, name="fileno", method=file_fileno)
FILE_ISATTY = static(BuiltinFunction, name="isatty", method=file_isatty)
FILE_READABLE = static(BuiltinFunction, name="readable", method=file_readable)
FILE_WRITABLE = static(BuiltinFunction, name="writable", method=file_writable)
FILE_SEEKABLE = static(BuiltinFunction, name="seekable", method=file_seekable)
FILE_ENTER = static(BuiltinFunction, name="__enter__", method=file_enter)
FILE_EXIT = static(BuiltinFunction, name="__exit__", method=file_exit)


def init() -> None:
    TEXT_FILE_TYPE.base = IO_BASE
    file_type(IO_BASE)
    file_type(TEXT_FILE_TYPE)
    file_type(BUFFERED_READER)
    file_type(BUFFERED_WRITER)
    file_type(BUFFERED_RANDOM)
    file_type(FILE_IO)
    # The method table, in reverse of the order looked up (add_method puts a method first).
    add_method(IO_BASE, FILE_EXIT)
    add_method(IO_BASE, FILE_ENTER)
    add_method(IO_BASE, FILE_SEEKABLE)
    add_method(IO_BASE, FILE_WRITABLE)
    add_method(IO_BASE, FILE_READABLE)
    add_method(IO_BASE, FILE_ISATTY)
    add_method(IO_BASE, FILE_FILENO)
    add_method(IO_BASE, FILE_CLOSE)
    add_method(IO_BASE, FILE_FLUSH)
    add_method(IO_BASE, FILE_TRUNCATE)
    add_method(IO_BASE, FILE_TELL)
    add_method(IO_BASE, FILE_SEEK)
    add_method(IO_BASE, FILE_WRITELINES)
    add_method(IO_BASE, FILE_WRITE)
    add_method(IO_BASE, FILE_READLINES)
    add_method(IO_BASE, FILE_READLINE)
    add_method(IO_BASE, FILE_READ)


def file_type(t: Ptr[Type]) -> None:
    t.repr = file_repr
    t.getattr = file_getattr
    t.iter = file_iter
    t.next = file_next


def is_file(w: Word) -> bool:
    """w is a file object open() made."""
    t = cast(Ptr[Object], w).type
    return (not is_small(w)) and (t == TEXT_FILE_TYPE or t == BUFFERED_READER or t == BUFFERED_WRITER
                                  or t == BUFFERED_RANDOM or t == FILE_IO)


def as_file(w: Word) -> Ptr[IOFile]:
    return cast(Ptr[IOFile], w)


def is_text(w: Word) -> bool:
    return as_file(w).type == TEXT_FILE_TYPE


# -- open() ----------------------------------------------------------------------------------------

def open_argument(key: Word) -> i64:
    """The position of open()'s parameter named key, or -1."""
    if name_is(key, "file"):
        return 0
    if name_is(key, "mode"):
        return 1
    if name_is(key, "buffering"):
        return 2
    if name_is(key, "encoding"):
        return 3
    if name_is(key, "errors"):
        return 4
    if name_is(key, "newline"):
        return 5
    if name_is(key, "closefd"):
        return 6
    if name_is(key, "opener"):
        return 7
    return -1


def argument(args: Ptr[Word], npos: i64, kwnames: Word, i: i64) -> Word:
    """open()'s parameter i: by position or keyword; 0 when not given, or given as None."""
    w = cast(Word, 0)
    if i < npos:
        w = args[i]
    else:
        for k in range(kw_count(kwnames)):
            if open_argument(kw_name(kwnames, k)) == i:
                w = args[npos + k]
    if w == none_word():
        return cast(Word, 0)
    return w


def builtin_open(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
    opener=None), as CPython's _io.open."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    if npos > 8:
        return raise_text(TYPE_ERROR, "open() takes at most 8 arguments (", decimal_text(0, n), " given)", "", "")
    for k in range(nkw):
        key = kw_name(kwnames, k)
        i = open_argument(key)
        if i < 0:
            return raise_bad_keyword(key, "open()")
        if i < npos:
            return raise_message(TYPE_ERROR, "argument for open() given by name ('", "", "", key, "') and position (",
                                 decimal_text(0, i + 1), ")", "")
    file = argument(args, npos, kwnames, 0)
    if not file and npos + nkw == n and n == 0:
        return raise_text(TYPE_ERROR, "open() missing required argument 'file' (pos 1)", "", "", "", "")
    mode = argument(args, npos, kwnames, 1)
    if mode and not is_str(mode):
        return raise_text(TYPE_ERROR, "open() argument 'mode' must be str, not ", type_name(mode), "", "", "")
    buffering: i64 = -1
    b = argument(args, npos, kwnames, 2)
    if b and index_arg(b, addr(buffering)) != 1:
        if not pending:
            raise_msg(VALUE_ERROR, "buffering out of range")
        return cast(Word, 0)
    encoding = argument(args, npos, kwnames, 3)
    errors = argument(args, npos, kwnames, 4)
    newline = argument(args, npos, kwnames, 5)
    if (not str_or_none(encoding, "encoding") or not str_or_none(errors, "errors")
            or not str_or_none(newline, "newline")):
        return cast(Word, 0)
    closefd: i64 = 1
    c = argument(args, npos, kwnames, 6)
    if c:
        closefd = truthy(c)
        if closefd < 0:
            return cast(Word, 0)
    if argument(args, npos, kwnames, 7):
        return raise_not_supported("open() with an opener", "", "")
    if not file:
        return raise_text(TYPE_ERROR, "expected str, bytes or os.PathLike object, not NoneType", "", "", "", "")
    # the mode, as _io_open_impl reads it
    creating = False
    reading = False
    writing = False
    appending = False
    updating = False
    text = False
    binary = False
    if mode:
        m = cast(Ptr[Str], mode)
        for k in range(m.nbytes):
            ch = m.data[k]
            seen = False
            if ch == 0x78:             # x
                seen = creating
                creating = True
            elif ch == 0x72:           # r
                seen = reading
                reading = True
            elif ch == 0x77:           # w
                seen = writing
                writing = True
            elif ch == 0x61:           # a
                seen = appending
                appending = True
            elif ch == 0x2B:           # +
                seen = updating
                updating = True
            elif ch == 0x74:           # t
                seen = text
                text = True
            elif ch == 0x62:           # b
                seen = binary
                binary = True
            else:
                seen = True
            if seen:
                return raise_message(VALUE_ERROR, "invalid mode: '", "", "", mode, "'", "", "", "")
    else:
        reading = True
    if text and binary:
        return raise_msg(VALUE_ERROR, "can't have text and binary mode at once")
    kinds = i64(creating) + i64(reading) + i64(writing) + i64(appending)
    if kinds > 1:
        return raise_msg(VALUE_ERROR, "must have exactly one of create/read/write/append mode")
    if binary and encoding:
        return raise_msg(VALUE_ERROR, "binary mode doesn't take an encoding argument")
    if binary and errors:
        return raise_msg(VALUE_ERROR, "binary mode doesn't take an errors argument")
    if binary and newline:
        return raise_msg(VALUE_ERROR, "binary mode doesn't take a newline argument")
    if kinds == 0:
        return raise_msg(VALUE_ERROR, "Must have exactly one of create/read/write/append mode and at most one plus")
    if not binary and buffering == 0:
        return raise_msg(VALUE_ERROR, "can't have unbuffered text I/O")
    nl = NEWLINE_UNIVERSAL
    if newline:
        nl = newline_kind(newline)
        if nl < 0:
            return raise_message(VALUE_ERROR, "illegal newline value: ", "", "", newline, "", "", "", "")
    codec: i64 = CODEC_UTF8
    if not binary:
        codec = codec_of(encoding, "open")
        if codec < 0:
            return cast(Word, 0)
    fd = open_descriptor(file, creating, reading, writing, appending, updating, closefd == 1)
    if fd < 0:
        return cast(Word, 0)
    f = new(IOFile)
    if not f:
        if closefd == 1:
            close(i32(fd))
        return cast(Word, 0)
    f.fd = fd
    f.readable = reading or updating
    f.writable = not reading or updating
    f.closefd = closefd == 1
    f.newline = nl
    f.name = file
    if binary:
        f.type = BUFFERED_RANDOM if updating else (BUFFERED_READER if reading else BUFFERED_WRITER)
        if buffering == 0:
            f.type = FILE_IO
            f.unbuffered = True
    f.line_buffering = not binary and (buffering == 1 or isatty(i32(fd)) != 0)
    f.capacity = DEFAULT_BUFFER_SIZE if buffering <= 1 else buffering
    keep = cast(Word, f)
    if not register(keep):
        close_file(keep)
        return cast(Word, 0)
    f = as_file(keep)
    if not binary:
        if mode:
            f.mode = mode
        else:
            f.mode = str_from_cstr("r")
            if not as_file(keep).mode:
                return cast(Word, 0)
        if not encoding:
            encoding = str_from_cstr("UTF-8")       # locale.getpreferredencoding(False) here
            if not encoding:
                return encoding
        as_file(keep).encoding = encoding
        if not errors:
            errors = str_from_cstr("strict")
            if not errors:
                return errors
        as_file(keep).errors = errors
    else:
        m2 = str_from_cstr(binary_mode(creating, reading, writing, appending, updating))
        if not m2:
            return m2
        as_file(keep).mode = m2
    return keep


def str_or_none(w: Word, name: Ptr[u8]) -> bool:
    """An argument of open() that must be a str or None (0); False after TypeError."""
    if w and not is_str(w):
        raise_text(TYPE_ERROR, "open() argument '", name, "' must be str or None, not ", type_name(w), "")
        return False
    return True


def newline_kind(newline: Word) -> i64:
    """The NEWLINE_ constant of a newline argument (a str), or -1 for an illegal one."""
    if name_is(newline, ""):
        return NEWLINE_UNTRANSLATED
    if name_is(newline, "\n"):
        return NEWLINE_LF
    if name_is(newline, "\r"):
        return NEWLINE_CR
    if name_is(newline, "\r\n"):
        return NEWLINE_CRLF
    return -1


def binary_mode(creating: bool, reading: bool, writing: bool, appending: bool, updating: bool) -> Ptr[u8]:
    """A binary file's mode attribute, as FileIO writes it: 'rb', 'wb', 'xb', 'ab', and 'rb+' ... with '+'."""
    if updating:
        if creating:
            return "xb+"
        if appending:
            return "ab+"
        return "rb+"
    if creating:
        return "xb"
    if appending:
        return "ab"
    if writing:
        return "wb"
    return "rb"


def open_descriptor(file: Word, creating: bool, reading: bool, writing: bool, appending: bool, updating: bool,
                    closefd: bool) -> i64:
    """open(2) of the path file (or the descriptor, for an int), as FileIO's constructor does; -1 after
    raising."""
    if not is_str(file) and not is_bytes_like(file):
        fd: i64 = 0
        status = index_arg(file, addr(fd))
        if status != 1:
            if status < 0:
                clear()
                raise_text(TYPE_ERROR, "expected str, bytes or os.PathLike object, not ", type_name(file), "", "", "")
            return -1
        if fd < 0:
            raise_msg(VALUE_ERROR, "negative file descriptor")
            return -1
        if fstat(i32(fd), STAT.data) != 0:
            raise_os_error(__errno_location()[0])
            return -1
        return fd
    if not closefd:
        raise_msg(VALUE_ERROR, "Cannot use closefd=False with file name")
        return -1
    flags: i32 = O_CLOEXEC
    if updating:
        flags = flags | O_RDWR
    elif not reading:
        flags = flags | O_WRONLY
    if creating:
        flags = flags | O_EXCL | O_CREAT
    elif writing:
        flags = flags | O_CREAT | O_TRUNC
    elif appending:
        flags = flags | O_APPEND | O_CREAT
    flush_open_files()
    data = byte_data(file) if not is_str(file) else cast(Ptr[Str], file).data
    n = byte_size(file) if not is_str(file) else cast(Ptr[Str], file).nbytes
    path = malloc(n + 1)
    if not path:
        raise_msg(VALUE_ERROR, "out of memory")
        return -1
    for k in range(n):
        if data[k] == 0:
            free(path)
            raise_msg(VALUE_ERROR, "embedded null byte")
            return -1
        path[k] = data[k]
    path[n] = 0
    fd = i64(open(path, flags, 0o666))
    while fd < 0 and __errno_location()[0] == EINTR:
        fd = i64(open(path, flags, 0o666))
    free(path)
    if fd < 0:
        raise_os_error_with_name(os_error_kind(i64(__errno_location()[0])), __errno_location()[0], file)
        return -1
    if fstat(i32(fd), STAT.data) == 0:
        st_mode = cast(Ptr[u32], STAT.data + STAT_MODE_OFFSET)[0]
        if (st_mode & S_IFMT) == S_IFDIR:
            close(i32(fd))
            raise_os_error_with_name(IS_A_DIRECTORY_ERROR, EISDIR, file)
            return -1
    if appending:
        lseek(i32(fd), 0, 2)
    return fd


# -- the files open ----------------------------------------------------------------------------------

def register(f: Word) -> bool:
    """Keep the file f in open_files (until it is closed); False after MemoryError."""
    global open_files
    if not open_files:
        l = list_new(0)
        if not l:
            return False
        open_files = l
    return list_append(open_files, f)


def unregister(f: Word) -> None:
    if not open_files:
        return
    p = cast(Ptr[List], open_files)
    for i in range(p.size):
        if list_array(cast(Ptr[List], open_files)).items[i] == f:
            list_pop(open_files, i)
            return


def flush_open_files() -> bool:
    """Write out what every open file buffers; False after a write error (the first is raised)."""
    if not open_files:
        return True
    ok = True
    for i in range(cast(Ptr[List], open_files).size):
        f = list_array(cast(Ptr[List], open_files)).items[i]
        if not flush_writes(as_file(f)):
            if ok:
                raise_os_error(__errno_location()[0])
            ok = False
    return ok


def files_flush_all() -> None:
    """At exit: the files left open are flushed, as CPython's finalization does (errors are dropped)."""
    if not open_files:
        return
    for i in range(cast(Ptr[List], open_files).size):
        flush_writes(as_file(list_array(cast(Ptr[List], open_files)).items[i]))


# -- the buffer ----------------------------------------------------------------------------------------

def ensure_buffer(f: Ptr[IOFile]) -> bool:
    """The file's buffer allocated; False after MemoryError."""
    if f.buffer:
        return True
    if f.capacity <= 0:
        f.capacity = DEFAULT_BUFFER_SIZE
    f.buffer = malloc(f.capacity)
    if not f.buffer:
        raise_msg(VALUE_ERROR, "out of memory")
        return False
    return True


def flush_writes(f: Ptr[IOFile]) -> bool:
    """Write out the data written and buffered (nothing raised: False with errno set on error)."""
    n = f.wlen
    f.wlen = 0
    if n == 0 or f.fd < 0:
        return True
    return write_all(i32(f.fd), f.buffer, n)


def drop_read_ahead(f: Ptr[IOFile]) -> bool:
    """Move the descriptor back over the data read ahead and not consumed, and forget it (before a
    write, a seek or a tell: the descriptor's position becomes the file object's)."""
    ahead = f.rlen - f.rpos
    f.rpos = 0
    f.rlen = 0
    if ahead > 0 and lseek(i32(f.fd), -ahead, 1) < 0:
        return False
    return True


def fill(f: Ptr[IOFile]) -> i64:
    """Read more of the file after what is read ahead (kept at the buffer's start): the bytes read,
    0 at the end of the file, -1 after raising."""
    if f.wlen > 0 and not flush_writes(f):
        raise_os_error(__errno_location()[0])
        return -1
    if not ensure_buffer(f):
        return -1
    if f.rpos > 0:
        memmove(f.buffer, f.buffer + f.rpos, f.rlen - f.rpos)
        f.rlen -= f.rpos
        f.rpos = 0
    if f.rlen == f.capacity:
        grown = malloc(f.capacity * 2)         # a line longer than the buffer
        if not grown:
            raise_msg(VALUE_ERROR, "out of memory")
            return -1
        memcpy(grown, f.buffer, f.rlen)
        free(f.buffer)
        f.buffer = grown
        f.capacity = f.capacity * 2
    r = read(i32(f.fd), f.buffer + f.rlen, f.capacity - f.rlen)
    while r < 0 and __errno_location()[0] == EINTR:
        r = read(i32(f.fd), f.buffer + f.rlen, f.capacity - f.rlen)
    if r < 0:
        raise_os_error(__errno_location()[0])
        return -1
    f.rlen += r
    return r


def buffered_write(f: Ptr[IOFile], p: Ptr[u8], n: i64) -> bool:
    """Write p[0:n] through the buffer (p must not be in the moving heap, or nothing here may
    allocate: nothing does); False after raising."""
    if f.rlen > f.rpos or f.rlen > 0:
        if not drop_read_ahead(f):
            raise_os_error(__errno_location()[0])
            return False
    if not ensure_buffer(f):
        return False
    if n > f.capacity - f.wlen:
        if not flush_writes(f):
            raise_os_error(__errno_location()[0])
            return False
        if n >= f.capacity:
            return check_written(write_all(i32(f.fd), p, n))
    memcpy(f.buffer + f.wlen, p, n)
    f.wlen += n
    if f.unbuffered:
        return check_written(flush_writes(f))
    return True


def position(f: Ptr[IOFile]) -> i64:
    """The file object's position: the descriptor's, less what is read ahead, plus what is buffered."""
    at = lseek(i32(f.fd), 0, 1)
    if at < 0:
        return at
    return at - (f.rlen - f.rpos) + f.wlen


# -- reading ----------------------------------------------------------------------------------------

@inline
def is_line_end(f: Ptr[IOFile], c: u8, binary: bool) -> bool:
    """c may end a line of f (a \\r needs a look at the next byte in some modes)."""
    if binary:
        return c == 0x0A
    if c == 0x0A:
        return f.newline != NEWLINE_CR and f.newline != NEWLINE_CRLF
    if c == 0x0D:
        return f.newline != NEWLINE_LF
    return False


def read_into(f: Ptr[IOFile], b: Ptr[StrBuilder], limit: i64, line: bool, binary: bool) -> bool:
    """Add to b what f reads next: up to limit characters (bytes in binary mode; -1: no limit),
    stopping after a line end when line; a text file's newlines translated as its mode says.
    False after raising."""
    count: i64 = 0
    utf8 = not binary and codec_is_utf8(f)
    while limit < 0 or count < limit:
        if f.rpos == f.rlen:
            r = fill(f)
            if r < 0:
                return False
            if r == 0:
                return True
        # a run of bytes that end no line, within the limit
        start = f.rpos
        k = start
        if binary and not line:
            k = f.rlen
            if limit >= 0 and k - start > limit - count:
                k = start + (limit - count)
            count += k - start
        while k < f.rlen:
            c = f.buffer[k]
            if (c == 0x0A or c == 0x0D) and is_line_end(f, c, binary):
                break
            if utf8 and (c & 0xC0) == 0x80:
                k += 1
                continue
            if limit >= 0 and count == limit:
                break
            count += 1
            k += 1
        str_builder_add_bytes(b, f.buffer + start, k - start, 0)
        f.rpos = k
        if limit >= 0 and count == limit:
            return True
        if k == f.rlen:
            continue
        # a line end at k
        c = f.buffer[k]
        if c == 0x0D and f.newline != NEWLINE_CR:
            if k + 1 == f.rlen:
                r = fill(f)            # is a \n next?
                if r < 0:
                    return False
                k = f.rpos
            lf = k + 1 < f.rlen and f.buffer[k + 1] == 0x0A
            if f.newline == NEWLINE_UNIVERSAL:
                str_builder_add_cstr(b, "\n")
                f.rpos = k + 2 if lf else k + 1
            elif lf and limit >= 0 and count + 1 == limit:
                str_builder_add_cstr(b, "\r")       # the limit splits \r\n, as CPython's count of characters does
                f.rpos = k + 1
                return True
            elif lf:
                str_builder_add_cstr(b, "\r\n")
                f.rpos = k + 2
                count += 1
            elif f.newline == NEWLINE_CRLF:
                str_builder_add_cstr(b, "\r")       # a lone \r ends no line here
                f.rpos = k + 1
                count += 1
                continue
            else:
                str_builder_add_cstr(b, "\r")
                f.rpos = k + 1
        else:
            str_builder_add_bytes(b, f.buffer + k, 1, 0)
            f.rpos = k + 1
        count += 1
        if line:
            return True
    return True


def codec_is_utf8(f: Ptr[IOFile]) -> bool:
    return not f.encoding or codec_of(f.encoding, "read") == CODEC_UTF8


def read_result(file: Word, b: Ptr[StrBuilder]) -> Word:
    """What a read gave: bytes in binary mode, else the bytes decoded as the text file's encoding."""
    r = bytes_from_builder(BYTES_TYPE, b)
    if not r or not is_text(file):
        return r
    return decode_bytes(r, as_file(file).encoding, as_file(file).errors, "read")


def read_some(file: Word, limit: i64, line: bool) -> Word:
    """read(limit) or readline(limit) of an open, readable file."""
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    if not read_into(as_file(file), b, limit, line, not is_text(file)):
        str_builder_free(b)
        return cast(Word, 0)
    return read_result(file, b)


def checked(self: Word, binary_message: Ptr[u8], reading: bool, writing: bool) -> bool:
    """The file is open (ValueError: the message, a text file's 'I/O operation on closed file.'), and
    readable or writable when asked (io.UnsupportedOperation, which a binary file checks first);
    False after raising."""
    f = as_file(self)
    if f.fd < 0 and (is_text(self) or (not reading or f.readable) and (not writing or f.writable)):
        raise_msg(VALUE_ERROR, "I/O operation on closed file." if is_text(self) else binary_message)
        return False
    if reading and not f.readable:
        raise_msg(UNSUPPORTED_OPERATION, "not readable" if is_text(self) else "read")
        return False
    if writing and not f.writable:
        raise_msg(UNSUPPORTED_OPERATION, "not writable" if is_text(self) else "write")
        return False
    return True


def opened(self: Word, n: i64, kwnames: Word, name: Ptr[u8], least: i64, most: i64, closed_message: Ptr[u8],
           reading: bool, writing: bool) -> bool:
    """A method's positional argument count, then checked(); False after raising."""
    return positional_count(n, kwnames, name, name, least, most) and checked(self, closed_message, reading, writing)


def size_argument(args: Ptr[Word], n: i64, kwnames: Word, name: Ptr[u8], out: Ptr[i64]) -> bool:
    """The optional size argument of read(size=-1, /) and readline: an int or None; False after raising."""
    if not positional_count(n, kwnames, name, name, 0, 1):
        return False
    out[0] = -1
    if n == 0 or args[0] == none_word():
        return True
    status = index_arg(args[0], out)
    if status == 0:
        raise_msg(VALUE_ERROR, "Python int too large to convert to C ssize_t")
    if status < 0:
        clear()
        raise_text(TYPE_ERROR, "argument should be integer or None, not '", type_name(args[0]), "'", "", "")
    return status == 1


def file_read(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    size: i64 = -1
    if not size_argument(args, n, kwnames, "read", addr(size)):
        return cast(Word, 0)
    if not checked(self, "read of closed file", True, False):
        return cast(Word, 0)
    return read_some(self, size, False)


def file_readline(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    size: i64 = -1
    if is_text(self) and n == 1 and kw_count(kwnames) == 0:
        if not ssize_arg(args[0], addr(size)):        # a text file's takes no None
            return cast(Word, 0)
    elif not size_argument(args, n, kwnames, "readline", addr(size)):
        return cast(Word, 0)
    if not checked(self, "readline of closed file", True, False):
        return cast(Word, 0)
    return read_some(self, size, True)


def file_readlines(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """readlines(hint=-1, /): the lines, until their total size reaches hint."""
    hint: i64 = -1
    if not size_argument(args, n, kwnames, "readlines", addr(hint)):
        return cast(Word, 0)
    if not checked(self, "I/O operation on closed file.", True, False):
        return cast(Word, 0)
    l = list_new(0)
    if not l:
        return l
    total: i64 = 0
    while True:
        line = read_some(self, -1, True)
        if not line:
            return line
        size = cast(Ptr[Str], line).length if is_text(self) else byte_size(line)
        if size == 0:
            break
        if not list_append(l, line):
            return cast(Word, 0)
        total += size
        if hint > 0 and total >= hint:
            break
    return l


def file_iter(self: Word) -> Word:
    if as_file(self).fd < 0:
        return raise_msg(VALUE_ERROR, "I/O operation on closed file.")
    return self


def file_next(self: Word) -> Word:
    """The next line; the null Word with nothing pending at the end of the file."""
    if not checked(self, "readline of closed file", True, False):
        return cast(Word, 0)
    line = read_some(self, -1, True)
    if not line:
        return line
    size = cast(Ptr[Str], line).length if is_text(self) else byte_size(line)
    if size == 0:
        return cast(Word, 0)
    return line


# -- writing ----------------------------------------------------------------------------------------

def file_write(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """write(s): a text file's str encoded (newlines translated as newline= says), a binary file's
    bytes-like; the number of characters or bytes written."""
    if not opened(self, n, kwnames, "write", 1, 1, "write to closed file", False, True):
        return cast(Word, 0)
    s = args[0]
    if not is_text(self):
        if not is_bytes_like(s):
            return raise_text(TYPE_ERROR, "a bytes-like object is required, not '", type_name(s), "'", "", "")
        if not buffered_write(as_file(self), byte_data(s), byte_size(s)):
            return cast(Word, 0)
        return int_from_i64(byte_size(s))
    if not is_str(s):
        return raise_text(TYPE_ERROR, "write() argument must be str, not ",
                          "None" if s == none_word() else type_name(s), "", "", "")
    if not write_str(as_file(self), s):
        return cast(Word, 0)
    return int_from_i64(cast(Ptr[Str], s).length)


def write_str(f: Ptr[IOFile], s: Word) -> bool:
    """Write the str s to the text file f; False after raising."""
    keep = cast(Word, f)
    data = s
    if codec_is_utf8(f) and name_is(f.errors, "strict"):
        if not check_encodable(s, False):
            return False
    else:
        data = encode_str(s, f.encoding, f.errors, "write")
        if not data:
            return False
        f = as_file(keep)
    p = cast(Ptr[Str], data).data if is_str(data) else byte_data(data)
    size = cast(Ptr[Str], data).nbytes if is_str(data) else byte_size(data)
    if f.newline == NEWLINE_CR or f.newline == NEWLINE_CRLF:
        # each \n written as the newline (nothing here allocates: p stays put)
        start: i64 = 0
        for k in range(size):
            if p[k] == 0x0A:
                if not buffered_write(f, p + start, k - start):
                    return False
                if not buffered_write(f, "\r\n", 1 if f.newline == NEWLINE_CR else 2):
                    return False
                start = k + 1
        if not buffered_write(f, p + start, size - start):
            return False
    elif not write_heap_bytes(f, data, size):
        return False
    if f.line_buffering and has_line_end(p, size):
        return check_written(flush_writes(f))
    return True


def write_heap_bytes(f: Ptr[IOFile], data: Word, size: i64) -> bool:
    """buffered_write of a str's or bytes' data (nothing in buffered_write allocates)."""
    p = cast(Ptr[Str], data).data if is_str(data) else byte_data(data)
    return buffered_write(f, p, size)


def has_line_end(p: Ptr[u8], n: i64) -> bool:
    for k in range(n):
        if p[k] == 0x0A or p[k] == 0x0D:
            return True
    return False


def file_writelines(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """writelines(lines, /): write each."""
    if not opened(self, n, kwnames, "writelines", 1, 1, "I/O operation on closed file.", False, False):
        return cast(Word, 0)
    it = get_iter(args[0])
    if not it:
        return it
    while True:
        line = iter_next(it)
        if not line:
            if pending:
                return line
            break
        if not file_write(self, addr(line), 1, cast(Word, 0)):
            return cast(Word, 0)
    return none_word()


# -- positions, flushing, closing --------------------------------------------------------------------

def file_seek(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """seek(offset, whence=0, /): the new position."""
    if not opened(self, n, kwnames, "seek", 1, 2, "seek of closed file", False, False):
        return cast(Word, 0)
    offset: i64 = 0
    whence: i64 = 0
    status = index_arg(args[0], addr(offset))
    if status == 0:
        return raise_msg(VALUE_ERROR, "Python int too large to convert to C long")
    if status < 0:
        return cast(Word, 0)
    if n == 2 and index_arg(args[1], addr(whence)) != 1:
        return cast(Word, 0)
    if whence < 0 or whence > 2:
        return raise_text(VALUE_ERROR, "invalid whence (", decimal_text(0, whence), ", should be 0, 1 or 2)", "", "")
    if is_text(self):
        if whence == 1 and offset != 0:
            return raise_msg(UNSUPPORTED_OPERATION, "can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            return raise_msg(UNSUPPORTED_OPERATION, "can't do nonzero end-relative seeks")
        if offset < 0:
            return raise_text(VALUE_ERROR, "negative seek position ", decimal_text(0, offset), "", "", "")
    f = as_file(self)
    if not flush_writes(f):
        return raise_os_error(__errno_location()[0])
    if whence == 1:
        offset -= f.rlen - f.rpos
    f.rpos = 0
    f.rlen = 0
    at = lseek(i32(f.fd), offset, i32(whence))
    if at < 0:
        return raise_os_error(__errno_location()[0])
    return int_from_i64(at)


def file_tell(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not opened(self, n, kwnames, "tell", 0, 0, "I/O operation on closed file", False, False):
        return cast(Word, 0)
    at = position(as_file(self))
    if at < 0:
        return raise_os_error(__errno_location()[0])
    return int_from_i64(at)


def file_truncate(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """truncate(size=None, /): the file cut (or extended) to size, by default the position."""
    if not opened(self, n, kwnames, "truncate", 0, 1, "truncate of closed file", False, True):
        return cast(Word, 0)
    f = as_file(self)
    if not flush_writes(f) or not drop_read_ahead(f):
        return raise_os_error(__errno_location()[0])
    size = lseek(i32(f.fd), 0, 1)
    if n == 1 and args[0] != none_word():
        if index_arg(args[0], addr(size)) != 1:
            return cast(Word, 0)
    if ftruncate(i32(as_file(self).fd), size) != 0:
        return raise_os_error(__errno_location()[0])
    return int_from_i64(size)


def file_flush(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "flush", "flush", 0, 0):
        return cast(Word, 0)
    f = as_file(self)
    if f.fd < 0:
        w = f.writable and not is_text(self)
        return raise_msg(VALUE_ERROR, "flush of closed file" if w else "I/O operation on closed file.")
    if not check_written(flush_writes(f)):
        return cast(Word, 0)
    return none_word()


def close_file(self: Word) -> bool:
    """Flush and close the file (nothing to do when closed); False after raising the flush's error,
    the file closed all the same."""
    f = as_file(self)
    if f.fd < 0:
        return True
    ok = flush_writes(f)
    errnum = __errno_location()[0]
    if f.closefd:
        close(i32(f.fd))
    f.fd = -1
    if f.buffer:
        free(f.buffer)
        f.buffer = null(u8)
    f.rpos = 0
    f.rlen = 0
    unregister(self)
    if not ok:
        raise_os_error(errnum)
    return ok


def file_close(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "close", "close", 0, 0):
        return cast(Word, 0)
    if not close_file(self):
        return cast(Word, 0)
    return none_word()


def file_enter(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not opened(self, n, kwnames, "__enter__", 0, 0, "I/O operation on closed file.", False, False):
        return cast(Word, 0)
    return self


def file_exit(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """__exit__(*args): close the file."""
    if not no_keywords(kwnames, "__exit__"):
        return cast(Word, 0)
    if not close_file(self):
        return cast(Word, 0)
    return none_word()


def file_fileno(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "fileno", "fileno", 0, 0):
        return cast(Word, 0)
    if not closed_query(self):
        return cast(Word, 0)
    return small(as_file(self).fd)


def file_isatty(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "isatty", "isatty", 0, 0):
        return cast(Word, 0)
    if not closed_query(self):
        return cast(Word, 0)
    return bool_word(isatty(i32(as_file(self).fd)) != 0)


def closed_query(self: Word) -> bool:
    """readable(), writable(), seekable(), isatty(), fileno() of a closed file: ValueError."""
    if as_file(self).fd < 0:
        raise_msg(VALUE_ERROR, "I/O operation on closed file")
        return False
    return True


def file_readable(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "readable", "readable", 0, 0):
        return cast(Word, 0)
    if not as_file(self).readable and as_file(self).writable:
        return bool_word(False)         # CPython answers before it looks at closed, for a write-only file
    if not closed_query(self):
        return cast(Word, 0)
    return bool_word(as_file(self).readable)


def file_writable(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "writable", "writable", 0, 0):
        return cast(Word, 0)
    if not as_file(self).writable:
        return bool_word(False)         # as readable(): a read-only file answers even closed
    if not closed_query(self):
        return cast(Word, 0)
    return bool_word(True)


def file_seekable(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "seekable", "seekable", 0, 0):
        return cast(Word, 0)
    if not closed_query(self):
        return cast(Word, 0)
    return bool_word(lseek(i32(as_file(self).fd), 0, 1) >= 0)


# -- attributes, repr --------------------------------------------------------------------------------

def file_getattr(self: Word, name: Word) -> Word:
    """closed, name, mode, and a text file's encoding, errors, newlines, line_buffering."""
    f = as_file(self)
    if name_is(name, "closed"):
        return bool_word(f.fd < 0)
    if name_is(name, "name"):
        return f.name
    if name_is(name, "mode"):
        return f.mode
    if is_text(self):
        if name_is(name, "encoding"):
            return f.encoding
        if name_is(name, "errors"):
            return f.errors
        if name_is(name, "newlines"):
            return none_word()
        if name_is(name, "line_buffering"):
            return bool_word(f.line_buffering)
    elif f.type == FILE_IO and name_is(name, "closefd"):
        return bool_word(f.closefd)
    return cast(Word, 0)


def file_repr(self: Word) -> Word:
    """<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='x'>,
    <_io.FileIO name='x' mode='rb' closefd=True> (<_io.FileIO [closed]>)."""
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "<")
    str_builder_add_cstr(b, as_file(self).type.name)
    if as_file(self).type == FILE_IO and as_file(self).fd < 0:
        str_builder_add_cstr(b, " [closed]>")
        return str_builder_finish(b)
    for k in range(3):
        w = as_file(self).name
        if k == 1:
            w = as_file(self).mode
            if not is_text(self) and as_file(self).type != FILE_IO:
                break
        elif k == 2:
            w = as_file(self).encoding
            if not is_text(self):
                break
        s = repr_of(w)
        if not s:
            str_builder_free(b)
            return s
        str_builder_add_cstr(b, " name=" if k == 0 else (" mode=" if k == 1 else " encoding="))
        str_builder_add_str(b, s)
    if as_file(self).type == FILE_IO:
        str_builder_add_cstr(b, " closefd=True" if as_file(self).closefd else " closefd=False")
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


# -- input() ----------------------------------------------------------------------------------------

def builtin_input(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """input([prompt]): the prompt written to stdout, which is flushed; a line of stdin without its
    newline; EOFError at its end."""
    if not positional_count(n, kwnames, "input()", "input", 0, 1):
        return cast(Word, 0)
    if not check_written(writer_flush(2)):
        return cast(Word, 0)
    if n == 1:
        s = str_of(args[0])
        if not s:
            return s
        if not write_text(1, s):
            return cast(Word, 0)
    if not check_written(writer_flush(1)):
        return cast(Word, 0)
    if not STDIN.readable:
        STDIN.type = TEXT_FILE_TYPE
        STDIN.readable = True
        STDIN.capacity = DEFAULT_BUFFER_SIZE
        STDIN.newline = NEWLINE_LF         # CPython's sys.stdin splits lines at \n only, on POSIX
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    if not read_into(STDIN, b, -1, True, False):
        str_builder_free(b)
        return cast(Word, 0)
    if b.used == 0:
        str_builder_free(b)
        return raise_msg(EOF_ERROR, "EOF when reading a line")
    if b.data[b.used - 1] == 0x0A:
        b.used -= 1
    r = bytes_from_builder(BYTES_TYPE, b)
    if not r:
        return r
    return decode_bytes(r, cast(Word, 0), cast(Word, 0), "input")
