"""float(text): reading a float from a str's UTF-8 text, as CPython's PyFloat_FromString does.

The steps are CPython's:
1. Non-ASCII text is made ASCII: Unicode white space becomes ' ', Unicode
   decimal digits (category Nd, e.g. Arabic-Indic) become '0'..'9', and
   anything else non-ASCII makes the text invalid.
2. ASCII white space (space, \\t \\n \\v \\f \\r) is stripped at both ends.
3. Underscores are allowed only between two digits, and then removed.
4. What is left must be, after an optional sign, 'inf', 'infinity' or 'nan'
   (any case), or a decimal number: digits with an optional point (at least
   one digit in all) and an optional exponent. No hexadecimal, no 'nan(...)'.

The decimal number itself is converted by the C library's strtod (glibc's is
correctly rounded, as CPython's dtoa-based one is); too large gives +-inf and
too small gives +-0.0, as in CPython. strtod only ever sees text that passed
step 4, so its extensions (hex floats, nan payloads, locales) never apply.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.floatobj import float_new
from pyvm.runtime.strobj import (Str, str_new_utf8, str_from_cstr, str_repr, str_concat, utf8_decode,
                                 utf8_sequence_length, memcpy)
from pyvm.runtime.errors import raise_with_str, raise_memory_error, VALUE_ERROR


@extern
def malloc(n: i64) -> Ptr[u8]: ...


@extern
def free(p: Ptr[u8]) -> None: ...


@extern
def strtod(text: Ptr[u8], end: Ptr[Ptr[u8]]) -> f64: ...


INVALID = 0x3F                 # '?': what CPython puts for a character that cannot be part of a number
UNDERSCORE = 0x5F

# The code point of digit zero of every run of ten Unicode decimal digits
# (Unicode 14.0, as Python 3.11's unicodedata), five hex digits each.
DECIMAL_ZEROS = ("00660006F0007C000966009E600A6600AE600B6600BE600C6600CE600D66"
                 "00DE600E5000ED000F200104001090017E00181001946019D001A8001A90"
                 "01B5001BB001C4001C500A6200A8D00A9000A9D00A9F00AA500ABF00FF10"
                 "104A010D3011066110F011136111D0112F011450114D011650116C011730"
                 "118E01195011C5011D5011DA016A6016AC016B501D7CE1D7D81D7E21D7EC"
                 "1D7F61E1401E2F01E9501FBF0")
DECIMAL_RUNS = 65


def hex_value(c: u8) -> i64:
    if c >= 0x30 and c <= 0x39:
        return i64(c) - 0x30
    return i64(c) - 0x41 + 10


def unicode_decimal(cp: i64) -> i64:
    """The value of a non-ASCII decimal digit, or -1 (Py_UNICODE_TODECIMAL)."""
    for run in range(DECIMAL_RUNS):
        zero: i64 = 0
        for k in range(5):
            zero = zero * 16 + hex_value(DECIMAL_ZEROS[run * 5 + k])
        if cp < zero:
            return -1
        if cp < zero + 10:
            return cp - zero
    return -1


def is_unicode_space(cp: i64) -> bool:
    """str.isspace() for a code point >= 0x80."""
    if cp == 0x85 or cp == 0xA0 or cp == 0x1680:
        return True
    if cp >= 0x2000 and cp <= 0x200A:
        return True
    return cp == 0x2028 or cp == 0x2029 or cp == 0x202F or cp == 0x205F or cp == 0x3000


@inline
def is_ascii_space(c: u8) -> bool:
    """Py_ISSPACE: the white space float() strips (not \\x1c..\\x1f, unlike str.strip)."""
    return c == 0x20 or (c >= 0x09 and c <= 0x0D)


@inline
def is_digit(c: u8) -> bool:
    return c >= 0x30 and c <= 0x39


def to_ascii(text: Ptr[u8], n: i64, out: Ptr[u8]) -> i64:
    """Step 1: write the ASCII form of the UTF-8 text[0:n] at out; returns its length."""
    pos: i64 = 0
    w: i64 = 0
    while pos < n:
        c = text[pos]
        if c < 0x80:
            out[w] = c
            pos += 1
        else:
            cp = utf8_decode(text + pos)
            pos += utf8_sequence_length(c)
            if is_unicode_space(cp):
                out[w] = 0x20
            else:
                d = unicode_decimal(cp)
                if d < 0:
                    out[w] = INVALID
                else:
                    out[w] = u8(0x30 + d)
        w += 1
    return w


def str_to_ascii(s: Word) -> Word:
    """Step 1 for a whole str, which int() takes too: s itself when it is ASCII, else a new str."""
    n = cast(Ptr[Str], s).nbytes
    if cast(Ptr[Str], s).length == n:
        return s
    out = malloc(n + 1)
    if not out:
        return raise_memory_error()
    w = to_ascii(cast(Ptr[Str], s).data, n, out)
    result = str_new_utf8(out, w, w)
    free(out)
    return result


def remove_underscores(text: Ptr[u8], n: i64) -> i64:
    """Step 3 in place; returns the new length, or -1 when an underscore is misplaced."""
    w: i64 = 0
    prev: u8 = 0
    for i in range(n):
        c = text[i]
        if c == UNDERSCORE:
            if not is_digit(prev):
                return -1
        else:
            if prev == UNDERSCORE and not is_digit(c):
                return -1
            text[w] = c
            w += 1
        prev = c
    if prev == UNDERSCORE:
        return -1
    return w


def matches_word(text: Ptr[u8], n: i64, word: Ptr[u8]) -> bool:
    """text[0:n] equals the lowercase ASCII word, ignoring case."""
    for i in range(n):
        if word[i] == 0 or (text[i] | 0x20) != word[i]:
            return False
    return word[n] == 0


def is_decimal_number(text: Ptr[u8], n: i64) -> bool:
    """Step 4 for numbers: DIGITS [. DIGITS] [(e|E) [+|-] DIGITS], one digit at least before the exponent."""
    i: i64 = 0
    digits: i64 = 0
    while i < n and is_digit(text[i]):
        i += 1
        digits += 1
    if i < n and text[i] == 0x2E:
        i += 1
        while i < n and is_digit(text[i]):
            i += 1
            digits += 1
    if digits == 0:
        return False
    if i < n and (text[i] | 0x20) == 0x65:
        i += 1
        if i < n and (text[i] == 0x2B or text[i] == 0x2D):
            i += 1
        exponent_digits: i64 = 0
        while i < n and is_digit(text[i]):
            i += 1
            exponent_digits += 1
        if exponent_digits == 0:
            return False
    return i == n


def parse_ascii(text: Ptr[u8], n: i64, ok: Ptr[bool]) -> f64:
    """Steps 2 to 4 on ASCII text with a spare byte after it (for the NUL strtod needs)."""
    ok[0] = False
    start: i64 = 0
    while start < n and is_ascii_space(text[start]):
        start += 1
    end = n
    while end > start and is_ascii_space(text[end - 1]):
        end -= 1
    text = text + start
    n = remove_underscores(text, end - start)
    if n <= 0:
        return 0.0
    sign_length: i64 = 0
    negative = False
    if text[0] == 0x2B or text[0] == 0x2D:
        sign_length = 1
        negative = text[0] == 0x2D
    word = text + sign_length
    word_length = n - sign_length
    special: f64 = 0.0
    if matches_word(word, word_length, "inf") or matches_word(word, word_length, "infinity"):
        special = cast(f64, i64(0x7FF0000000000000))
    elif matches_word(word, word_length, "nan"):
        special = cast(f64, i64(0x7FF8000000000000))
    elif is_decimal_number(word, word_length):
        text[n] = 0
        ok[0] = True
        return strtod(text, null(Ptr[u8]))
    else:
        return 0.0
    ok[0] = True
    if negative:
        return -special
    return special


def raise_cannot_convert(text: Ptr[u8], n: i64) -> Word:
    """ValueError("could not convert string to float: " + repr(text)); text is outside the heap."""
    length: i64 = 0
    for i in range(n):
        if (text[i] & 0xC0) != 0x80:
            length += 1
    s = str_new_utf8(text, n, length)
    if not s:
        return s
    quoted = str_repr(s)
    if not quoted:
        return quoted
    prefix = str_from_cstr("could not convert string to float: ")
    if not prefix:
        return prefix
    message = str_concat(prefix, quoted)
    if not message:
        return message
    return raise_with_str(VALUE_ERROR, message)


def float_from_text(buf: Ptr[u8], n: i64) -> Word:
    """float(text) for the valid UTF-8 text buf[0:n], e.g. a str's data.

    Raises ValueError("could not convert string to float: 'TEXT'") as CPython.
    buf may point into a heap str: it is copied before anything allocates.
    """
    # One block: the original text (for the error message), then its ASCII form plus a NUL.
    block = malloc(2 * n + 2)
    if not block:
        return raise_memory_error()
    memcpy(block, buf, n)
    ascii_text = block + n + 1
    ascii_length = to_ascii(block, n, ascii_text)
    ok = False
    x = parse_ascii(ascii_text, ascii_length, addr(ok))
    result = cast(Word, 0)
    if ok:
        result = float_new(x)
    else:
        result = raise_cannot_convert(block, n)
    free(block)
    return result
