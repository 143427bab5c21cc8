"""str (pyvm/runtime/strobj.py) against CPython's own str."""
import ctypes
import os

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from pyvm.native import load_runtime
from pyvm.runtime.tests.test_unicode_tables import non_printable_ranges

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
EXAMPLES = 30 if STRESS else 150
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

S = "runtime.strobj."


@pytest.fixture(scope="module")
def rt():
    return load_runtime()


ascii_text = st.text(alphabet=st.characters(max_codepoint=0x7F))
bmp_text = st.text(alphabet=st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",)))
astral_text = st.text(alphabet=st.characters(min_codepoint=0x10000))
any_text = st.text()      # every code point but surrogates, unassigned ones included
special_text = st.text(alphabet="ab'\"\\\n\t\r\x00\x7f\x80\xa0\xad\xe9\u20ac\u2028\U0001f600")
valid_texts = st.one_of(ascii_text, bmp_text, astral_text, any_text, special_text)
# Lone surrogates cannot come from valid UTF-8, but the bridge (surrogatepass) can make
# them: they are stored as 3-byte sequences and everything must still behave as CPython.
surrogate_text = st.text(alphabet=st.one_of(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
                                            st.characters(max_codepoint=0x7F), st.sampled_from("\ud7ff\ue000\U00010000")))
texts = st.one_of(valid_texts, surrogate_text)


def py(rt, root):
    return rt.to_py(root)


# -- which code points repr() escapes ---------------------------------------------

def runtime_thinks_printable(rt, c):
    return py(rt, rt.call(S + "str_repr", rt.from_py(c))) == "'" + c + "'"


@given(st.integers(0x80, 0x10FFFF).filter(lambda cp: not 0xD800 <= cp <= 0xDFFF))    # a str holds no surrogates
@SETTINGS
def test_printable_is_cpythons(rt, cp):
    assert runtime_thinks_printable(rt, chr(cp)) == chr(cp).isprintable()


def test_printable_is_cpythons_at_every_range_boundary(rt):
    edges = {cp for lo, hi in non_printable_ranges() for cp in (lo - 1, lo, hi, hi + 1)}
    for cp in sorted(edges):
        if 0 <= cp <= 0x10FFFF and not 0xD800 <= cp <= 0xDFFF:
            assert runtime_thinks_printable(rt, chr(cp)) == chr(cp).isprintable(), hex(cp)


# -- length, concatenation, equality, order ------------------------------------------

@given(texts)
@SETTINGS
def test_len(rt, s):
    assert rt.call(S + "str_len", rt.from_py(s)) == len(s)
    assert rt.to_py(rt.from_py(s)) == s


@given(texts, texts)
@SETTINGS
def test_concat(rt, a, b):
    r = rt.call(S + "str_concat", rt.from_py(a), rt.from_py(b))
    assert py(rt, r) == a + b
    assert rt.call(S + "str_len", r) == len(a + b)


@given(texts, texts)
@SETTINGS
def test_eq_and_compare(rt, a, b):
    ra, rb = rt.from_py(a), rt.from_py(b)
    assert rt.call(S + "str_eq", ra, rb) == (a == b)
    assert rt.call(S + "str_compare", ra, rb) == (a > b) - (a < b)
    assert rt.call(S + "str_compare", rb, ra) == (b > a) - (b < a)
    # a copy of a is equal to a, whatever has been cached in either
    rt.call(S + "str_hash", ra)
    ra2 = rt.from_py(a)
    assert rt.call(S + "str_eq", ra, ra2)
    assert rt.call(S + "str_compare", ra, ra2) == 0


def test_compare_is_code_point_order(rt):
    # UTF-8 byte order is code point order, unlike UTF-16 order
    cases = ["", "a", "ab", "b", "\x7f", "\x80", "\uffff", "\U00010000", "\ue000", "\U0010ffff", "a\x00", "a\x00b"]
    for a in cases:
        for b in cases:
            assert rt.call(S + "str_compare", rt.from_py(a), rt.from_py(b)) == (a > b) - (a < b), (a, b)


def test_eq_same_object_and_different_lengths(rt):
    r = rt.from_py("same")
    assert rt.call(S + "str_eq", r, r)
    assert not rt.call(S + "str_eq", rt.from_py("é"), rt.from_py("ab"))      # 2 bytes each, lengths differ
    assert not rt.call(S + "str_eq", rt.from_py("abc"), rt.from_py("abd"))


# -- hashing -------------------------------------------------------------------------

M64 = (1 << 64) - 1


def rotl(x, r):
    return ((x << r) | (x >> (64 - r))) & M64


def siphash13(k0, k1, data):
    """Python/pyhash.c's siphash13, as a signed 64-bit hash."""
    v = [k0 ^ 0x736F6D6570736575, k1 ^ 0x646F72616E646F6D, k0 ^ 0x6C7967656E657261, k1 ^ 0x7465646279746573]

    def half_round(a, b, c, d, s, t):
        v[a] = (v[a] + v[b]) & M64
        v[c] = (v[c] + v[d]) & M64
        v[b] = rotl(v[b], s) ^ v[a]
        v[d] = rotl(v[d], t) ^ v[c]
        v[a] = rotl(v[a], 32)

    def sip_round():
        half_round(0, 1, 2, 3, 13, 16)
        half_round(2, 1, 0, 3, 17, 21)

    full = len(data) // 8 * 8
    blocks = [int.from_bytes(data[i:i + 8], "little") for i in range(0, full, 8)]
    for m in blocks + [(len(data) << 56 | int.from_bytes(data[full:], "little")) & M64]:
        v[3] ^= m
        sip_round()
        v[0] ^= m
    v[2] ^= 0xFF
    for _ in range(3):
        sip_round()
    h = v[0] ^ v[1] ^ v[2] ^ v[3]
    return h - (1 << 64) if h >> 63 else h


def model_hash(rt, s):
    """Python mirror of strobj.str_hash under the runtime's key: CPython's hash of s's PEP 393 form."""
    if s == "":
        return 0
    widest = max(map(ord, s))
    encoding = "latin-1" if widest < 0x100 else "utf-16-le" if widest < 0x10000 else "utf-32-le"
    key = [rt.global_i64(S + name) & M64 for name in ("hash_k0", "hash_k1")]
    h = siphash13(*key, s.encode(encoding, "surrogatepass"))
    return -2 if h == -1 else h


def cached_hash_field(rt, root):
    return ctypes.c_int64.from_address(rt.word(root) + 16).value     # header, length, then hash


@given(texts)
@SETTINGS
def test_hash_matches_model_and_is_cached(rt, s):
    r = rt.from_py(s)
    assert cached_hash_field(rt, r) == 0
    h = rt.call(S + "str_hash", r)
    assert h == model_hash(rt, s)
    assert h != -1
    assert cached_hash_field(rt, r) == h
    assert rt.call(S + "str_hash", r) == h
    assert rt.call(S + "str_hash", rt.from_py(s)) == h       # equal strings, equal hashes


def test_hash_spreads(rt):
    n = 300 if STRESS else 3000
    hashes = [rt.call(S + "str_hash", rt.from_py(str(i))) for i in range(n)]
    assert len(set(hashes)) == n
    buckets = {h & 1023 for h in hashes}
    assert len(buckets) > 1024 * (1 - (1 - 1 / 1024) ** n) * 0.9   # near the random expectation


# -- indexing --------------------------------------------------------------------

@given(texts, st.integers(-40, 40))
@SETTINGS
def test_getitem(rt, s, i):
    r = rt.from_py(s)
    if -len(s) <= i < len(s):
        c = rt.call(S + "str_getitem", r, i)
        assert py(rt, c) == s[i]
        assert rt.call(S + "str_len", c) == 1
    else:
        with pytest.raises(IndexError, match="^string index out of range$"):
            rt.call(S + "str_getitem", r, i)


def test_getitem_every_index_of_mixed_text(rt):
    s = "aé€\U0001f600b" * 3 + "z"
    r = rt.from_py(s)
    for i in range(-len(s), len(s)):
        assert py(rt, rt.call(S + "str_getitem", r, i)) == s[i]


def test_getitem_ascii_chars_are_shared(rt):
    r = rt.from_py("abca")
    a1 = rt.call(S + "str_getitem", r, 0)
    a2 = rt.call(S + "str_getitem", r, 3)
    assert rt.word(a1) == rt.word(a2)


def test_getitem_extreme_indices(rt):
    r = rt.from_py("abc")
    for i in (2**63 - 1, -2**63, -2**63 + 2, 3, -4):
        with pytest.raises(IndexError, match="string index out of range"):
            rt.call(S + "str_getitem", r, i)


@given(st.one_of(st.integers(0, 0x10FFFF), st.integers(0xD800, 0xDFFF),
                 st.integers(-2**63, -1), st.integers(0x110000, 2**63 - 1)))
@SETTINGS
def test_from_code_point_is_chr(rt, cp):
    if 0 <= cp < 0x110000:
        r = rt.call(S + "str_from_code_point", cp)
        assert py(rt, r) == chr(cp)
        assert rt.call(S + "str_len", r) == 1
    else:
        with pytest.raises(ValueError, match=r"^chr\(\) arg not in range\(0x110000\)$"):
            rt.call(S + "str_from_code_point", cp)


@given(texts, st.data())
@SETTINGS
def test_byte_offset_and_substring(rt, s, data):
    i = data.draw(st.integers(0, len(s)))
    j = data.draw(st.integers(i, len(s)))
    r = rt.from_py(s)
    start = rt.call(S + "str_byte_offset", r, i)
    stop = rt.call(S + "str_byte_offset", r, j)
    assert start == len(s[:i].encode("utf-8", "surrogatepass"))
    assert stop == len(s[:j].encode("utf-8", "surrogatepass"))
    sub = rt.call(S + "str_substring", r, start, stop - start, j - i)
    assert py(rt, sub) == s[i:j]
    assert rt.call(S + "str_len", sub) == j - i


# -- repetition -------------------------------------------------------------------

@given(texts, st.integers(-3, 12))
@SETTINGS
def test_repeat(rt, s, n):
    r = rt.call(S + "str_repeat", rt.from_py(s), n)
    assert py(rt, r) == s * n
    assert rt.call(S + "str_len", r) == len(s * n)


def test_repeat_overflow_and_memory(rt):
    with pytest.raises(OverflowError, match="^repeated string is too long$"):
        rt.call(S + "str_repeat", rt.from_py("ab"), 2**62)
    with pytest.raises(MemoryError):
        rt.call(S + "str_repeat", rt.from_py("é"), 2**62)       # 2**62 code points but 2**63 bytes
    with pytest.raises(MemoryError):
        rt.call(S + "str_repeat", rt.from_py("a"), 2**50)
    assert py(rt, rt.call(S + "str_repeat", rt.from_py(""), 2**62)) == ""


# -- repr ---------------------------------------------------------------------------

@given(texts)
@SETTINGS
def test_repr(rt, s):
    r = rt.call(S + "str_repr", rt.from_py(s))
    assert py(rt, r) == repr(s)
    assert rt.call(S + "str_len", r) == len(repr(s))


@pytest.mark.parametrize("s", [
    "", "'", '"', "'\"", "it's", 'say "hi"', "\\", "\n\t\r", "\x00\x1f\x7f", "\x80\x9f",
    "\xa0\xad", "é€", "\U0001f600", "\u2028", "\ufeff", "\ue000", "\U000f0000", "\uffff", "a'b\"c\\",
])
def test_repr_cases(rt, s):
    assert py(rt, rt.call(S + "str_repr", rt.from_py(s))) == repr(s)


# -- decoding ------------------------------------------------------------------------

def take_pending(rt):
    """The pending runtime exception as (type name, args), cleared.

    Read directly: the bridge re-raises by calling the builtin class with the
    args, and UnicodeDecodeError's constructor wants five of them.
    """
    from pyvm.native import loader
    address = loader.address("runtime.errors.pending")
    exc = rt.root(rt.read_i64(address))
    ctypes.c_int64.from_address(address).value = 0
    assert rt.word(exc) != 0, "no pending exception"
    args = rt.root(rt.read_i64(rt.word(exc) + rt.offset("runtime.errors.ExceptionObject", "args")))
    return rt.type_name(rt.word(exc)), rt.to_py(args)


def decode(rt, data: bytes):
    """("ok", text) or (exception type name, args)."""
    buf = ctypes.create_string_buffer(data, len(data) or 1)
    word = rt.fn(S + "str_from_utf8_checked")(ctypes.addressof(buf), len(data))
    if word == 0:
        return take_pending(rt)
    r = rt.root(word)
    assert rt.call(S + "str_len", r) == len(py(rt, r))
    return "ok", py(rt, r)


def check_decode(rt, data):
    try:
        expected = ("ok", data.decode("utf-8"))
    except UnicodeDecodeError as e:
        expected = ("UnicodeDecodeError", (str(e),))
    assert decode(rt, data) == expected


@given(valid_texts)
@SETTINGS
def test_decode_valid(rt, s):
    check_decode(rt, s.encode())


utf8ish_bytes = st.lists(st.one_of(st.integers(0, 255), st.sampled_from([0x80, 0xBF, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0x9F, 0xA0, 0x90, 0x8F])),
                         max_size=12).map(bytes)


@given(st.one_of(utf8ish_bytes, valid_texts.map(lambda s: s.encode()[:-1]), surrogate_text.map(lambda s: s.encode('utf-8', 'surrogatepass'))))
@SETTINGS
def test_decode_invalid_like_cpython(rt, data):
    check_decode(rt, data)


@pytest.mark.parametrize("data", [
    b"\xff", b"\x80", b"\xc0\x80", b"\xc1\xbf", b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xed\xa0\x80", b"\xed\x9f\xbf",
    b"\xf0\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf4\x8f\xbf\xbf", b"\xf5\x80\x80\x80", b"\xe2\x82", b"\xe2\x28",
    b"\xe2\x82\x28", b"ab\xf0\x9f\x98", b"\xf0", b"x" * 1234 + b"\xfe",
])
def test_decode_cases(rt, data):
    check_decode(rt, data)


# -- collections keep strings intact ---------------------------------------------------

def test_strings_survive_many_allocations(rt):
    n = 50 if STRESS else 2000
    keep = [(s, rt.from_py(s)) for s in ("x" * i + "é" * (i % 7) for i in range(n))]
    joined = rt.from_py("")
    for s, r in keep[:200]:
        joined = rt.call(S + "str_concat", joined, r)
    assert py(rt, joined) == "".join(s for s, _ in keep[:200])
    for s, r in keep:
        assert py(rt, r) == s
