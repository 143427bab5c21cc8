"""Builtin functions and types (pyvm/runtime/builtins.py) called through call_builtin,
against CPython's own builtins: results, and exceptions with their exact messages."""
import builtins
import ctypes
import io
import math
import os
import struct
import subprocess
import sys
import textwrap

import pytest
from hypothesis import assume, given, settings, strategies as st, HealthCheck

from pyvm.native import load_runtime, loader
from pyvm.runtime.tests.programs import run_lowpy
from pyvm.runtime.tests.test_ops import (RootArray, values, ints, floats, strs, same, outcome, check, fresh,
                                         iterate)

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
SETTINGS = settings(max_examples=30 if STRESS else 200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                           HealthCheck.function_scoped_fixture])

B = "runtime.builtins."


def builtin(rt, name):
    f = rt.call("runtime.builtin_table.load_builtin", rt.from_py(name))
    return f


def call(rt, area, name, *args, **kwargs):
    """name(*args, **kwargs) in the runtime, converted back to Python."""
    f = builtin(rt, name)
    roots = [rt.from_py(a) for a in args] + [rt.from_py(v) for v in kwargs.values()]
    area.clear()
    area.set(roots)
    kwnames = rt.from_py(tuple(kwargs)) if kwargs else 0
    return rt.to_py(rt.call(B + "call_builtin", f, area.address, len(roots), kwnames))


def compare_call(rt, area, name, *args, **kwargs):
    py = getattr(builtins, name)
    check(outcome(lambda: py(*fresh(args), **kwargs)), outcome(lambda: call(rt, area, name, *args, **kwargs)))


def test_load_builtin(rt):
    for name, symbol in [("print", "runtime.builtins.PRINT"), ("len", "runtime.builtins.LEN"),
                         ("int", "runtime.intobj.BigInt.type"), ("bool", "runtime.object.BoolObject.type"),
                         ("float", "runtime.floatobj.Float.type"), ("str", "runtime.strobj.Str.type"),
                         ("tuple", "runtime.tupleobj.Tuple.type"), ("list", "runtime.listobj.List.type"),
                         ("range", "runtime.rangeobj.Range.type"), ("type", "runtime.object.Type.type")]:
        assert builtin(rt, name).word == loader.address(symbol)
    assert rt.fn("runtime.builtin_table.load_builtin")(rt.from_py("nope").word) == 0
    assert rt.global_i64("runtime.errors.pending") == 0


# -- len, abs, repr, hash, chr, ord, isinstance, type ------------------------------------------------

@given(values)
@SETTINGS
def test_one_argument_builtins(rt, area, x):
    for name in ("len", "abs", "repr", "bool", "str"):
        compare_call(rt, area, name, x)


hashable_floats = floats.filter(lambda f: f == f)        # hash(nan) is by identity in CPython


@given(st.one_of(st.booleans(), ints, hashable_floats,
                 st.lists(st.one_of(st.booleans(), ints, hashable_floats), max_size=4).map(tuple)))
@SETTINGS
def test_hash_of_numbers_and_tuples(rt, area, x):
    compare_call(rt, area, "hash", x)


def test_hash_examples(rt, area):
    for x in [(), (1, 2), (1, (2, 3)), -1, 2**61 - 1, 2**61, -2**64, 1.5, -0.0, float("inf"), True]:
        compare_call(rt, area, "hash", x)
    for args in [(2,), (1, 3), (1, 10, 2), (10, 0, -3), (2**70, 2**71, 7)]:     # len < 2 hashes None
        r = rt.call(B + "call_builtin", builtin(rt, "range"), *pack(rt, area, args))
        area.set([r])
        assert rt.to_py(rt.call(B + "call_builtin", builtin(rt, "hash"), area.address, 1, 0)) == hash(range(*args))
    with pytest.raises(TypeError, match="^unhashable type: 'list'$"):
        call(rt, area, "hash", [1])
    with pytest.raises(TypeError, match="^unhashable type: 'list'$"):
        call(rt, area, "hash", (1, [1]))
    assert call(rt, area, "hash", "abc") == call(rt, area, "hash", "abc")


def pack(rt, area, args):
    roots = [a if hasattr(a, "word") else rt.from_py(a) for a in args]
    area.clear()
    area.set(roots)
    pack.keep = roots
    return area.address, len(args), 0


@given(st.one_of(st.integers(-5, 0x110005), st.integers(-2**70, 2**70), floats, strs))
@SETTINGS
def test_chr_ord(rt, area, x):
    compare_call(rt, area, "chr", x)
    compare_call(rt, area, "ord", x)


def test_types_and_isinstance(rt, area):
    type_of = lambda x: rt.call(B + "call_builtin", builtin(rt, "type"), *pack(rt, area, [x]))
    for x, name in [(1, "int"), (2**70, "int"), (True, "bool"), (None, "NoneType"), (1.5, "float"), ("s", "str"),
                    ((), "tuple"), ([], "list")]:
        t = type_of(x)
        assert rt.to_py(rt.call("runtime.ops.repr_of", t)) == f"<class '{name}'>"
    assert type_of(5).word == builtin(rt, "int").word
    assert type_of(type_of(5)).word == builtin(rt, "type").word
    types = {n: builtin(rt, n) for n in ("int", "bool", "float", "str", "tuple", "list", "range", "type")}
    for x in [1, True, 2**70, 1.5, "s", (), [], None]:
        for n, t in types.items():
            area.set([rt.from_py(x), t])
            got = rt.to_py(rt.call(B + "call_builtin", builtin(rt, "isinstance"), area.address, 2, 0))
            assert got == isinstance(x, getattr(builtins, n)), (x, n)
    both = rt.from_py((0, 0))
    for k, n in enumerate(("str", "int")):
        ctypes.c_int64.from_address(both.word + rt.offset("runtime.tupleobj.Tuple", "items") + 8 * k).value = \
            types[n].word
    area.set([rt.from_py(5), both])
    assert rt.to_py(rt.call(B + "call_builtin", builtin(rt, "isinstance"), area.address, 2, 0)) is True
    area.set([rt.from_py(5), rt.from_py(1)])
    with pytest.raises(TypeError, match=r"^isinstance\(\) arg 2 must be a type, a tuple of types, or a union$"):
        rt.call(B + "call_builtin", builtin(rt, "isinstance"), area.address, 2, 0)
    value_error = rt.root(loader.address("runtime.errors.VALUE_ERROR"))
    exception = rt.root(loader.address("runtime.errors.EXCEPTION"))
    area.set([rt.from_py("bad")])
    e = rt.call(B + "call_builtin", value_error, area.address, 1, 0)
    assert rt.to_py(rt.call("runtime.ops.repr_of", e)) == "ValueError('bad')"
    assert rt.to_py(rt.call("runtime.ops.str_of", e)) == "bad"
    area.set([e, exception])
    assert rt.to_py(rt.call(B + "call_builtin", builtin(rt, "isinstance"), area.address, 2, 0)) is True
    area.set([rt.from_py(1), rt.from_py(2)])
    e = rt.call(B + "call_builtin", value_error, area.address, 2, 0)
    assert rt.to_py(rt.call("runtime.ops.repr_of", e)) == "ValueError(1, 2)"
    assert rt.to_py(rt.call("runtime.ops.str_of", e)) == "(1, 2)"
    e = rt.call(B + "call_builtin", value_error, area.address, 0, 0)
    assert rt.to_py(rt.call("runtime.ops.repr_of", e)) == "ValueError()"
    assert rt.to_py(rt.call("runtime.ops.str_of", e)) == ""


# -- min, max, sum, divmod, pow, round ------------------------------------------------------------

comparable = st.one_of(st.lists(st.one_of(st.booleans(), ints, floats.filter(lambda f: f == f)), max_size=5),
                       st.lists(strs, max_size=5), st.lists(values, max_size=3))


@given(comparable)
@SETTINGS
def test_min_max(rt, area, items):
    for name in ("min", "max"):
        compare_call(rt, area, name, items)
        compare_call(rt, area, name, tuple(items))
        compare_call(rt, area, name, items, default="none")
        if items:
            compare_call(rt, area, name, *items)
        if len(items) == 1:
            compare_call(rt, area, name, items[0])


def test_min_max_examples(rt, area):
    for name in ("min", "max"):
        for args, kwargs in [((), {}), ((1,), {}), (([],), {}), ((1, 2), {"default": 3}), ((1, 2), {"foo": 3}),
                             ((1, "a"), {}), (("a", 1), {}), (([3, 1, 2],), {"key": None}),
                             (("abc",), {}), ((range(0),), {"default": 7})]:
            if any(isinstance(a, range) for a in args):
                continue
            compare_call(rt, area, name, *args, **kwargs)
    assert call(rt, area, "max", ["ccc", "a", "bb"], key=None) == "ccc"
    words = rt.from_py(["a", "ccc", "bb"])
    area.set([words, builtin(rt, "len")])
    kwnames = rt.from_py(("key",))
    assert rt.to_py(rt.call(B + "call_builtin", builtin(rt, "max"), area.address, 2, kwnames)) == "ccc"
    assert rt.to_py(rt.call(B + "call_builtin", builtin(rt, "min"), area.address, 2, kwnames)) == "a"


@given(st.lists(st.one_of(st.booleans(), ints, floats), max_size=6), st.one_of(st.none(), ints, floats))
@SETTINGS
def test_sum(rt, area, items, start):
    compare_call(rt, area, "sum", items)
    if start is not None:
        compare_call(rt, area, "sum", items, start)
        compare_call(rt, area, "sum", items, start=start)


def test_sum_examples(rt, area):
    for args, kwargs in [((), {}), ((1, 2, 3), {}), (([1, "a"],), {}), ((["a", "b"],), {}),
                         ((["a"], ""), {}), (([[1], [2]], []), {}), (((1.5, 2),), {}), ((1,), {}),
                         (([1],), {"foo": 1})]:
        compare_call(rt, area, "sum", *args, **kwargs)


@given(st.one_of(st.booleans(), ints, floats, strs, st.none()), st.one_of(st.booleans(), ints, floats, strs))
@SETTINGS
def test_divmod(rt, area, a, b):
    compare_call(rt, area, "divmod", a, b)


@given(st.one_of(st.booleans(), st.integers(-2**70, 2**70), floats), st.one_of(st.booleans(), st.integers(-70, 70),
                                                                               floats),
       st.one_of(st.none(), st.integers(-2**70, 2**70), floats))
@SETTINGS
def test_pow(rt, area, a, b, m):
    if isinstance(outcome(lambda: pow(a, b))[-1], complex):
        return                                  # pyvm has no complex numbers yet
    compare_call(rt, area, "pow", a, b)
    compare_call(rt, area, "pow", a, b, m)


@given(st.integers(-2**200, 2**200), st.integers(-2**200, 2**200), st.integers(-2**100, 2**100))
@SETTINGS
def test_modular_pow(rt, area, a, b, m):
    compare_call(rt, area, "pow", a, b, m)


def test_pow_examples(rt, area):
    for args in [(2, 3, 5), (2, 3, -5), (5, 0, 1), (2, -1, 4), (3, -1, 7), (2, 3, 0), (2.0, 3, 5), (2, 3, 5.0),
                 (1,), (), (1, 2, 3, 4), (0, -1), (2, -1)]:
        compare_call(rt, area, "pow", *args)


@given(st.one_of(st.booleans(), ints, floats), st.one_of(st.none(), st.integers(-30, 30), st.integers(-400, 400)))
@SETTINGS
def test_round(rt, area, x, nd):
    compare_call(rt, area, "round", x)
    compare_call(rt, area, "round", x, nd)


@given(st.floats(allow_nan=False, allow_infinity=False), st.integers(-20, 20))
@SETTINGS
def test_round_float_digits(rt, area, x, nd):
    compare_call(rt, area, "round", x, nd)


def test_round_examples(rt, area):
    for args in [(2.675, 2), (-0.4, 0), (1234.5, -2), (1250, -2), (1350, -2), (-1250, -2), (5e-324, 400),
                 (1.5e308, -308), (float("nan"), 2), (float("nan"),), (float("inf"),), (12, None), (12.5, None),
                 (True,), ("a",), (1.7976931348623157e308, -308), (0.5,), (1.5,), (2.5,), (-2.5,), (0.125, 2),
                 (1e22, 3), (123456789, -30), (1.5, 10**30), (1.5, -10**30), (2**70 + 0.0, -5), (1.5, "a")]:
        compare_call(rt, area, "round", *args)


# -- the types ---------------------------------------------------------------------------------------

@given(st.one_of(values, st.text("0123456789 _+-.eEinfatyxob", max_size=10)))
@SETTINGS
def test_type_constructors(rt, area, x):
    for name in ("int", "float", "str", "bool", "tuple", "list"):
        compare_call(rt, area, name, x)


@given(st.text("0123456789abcdefxoABXOB _+-", max_size=8), st.sampled_from([0, 2, 3, 8, 10, 16, 36]))
@SETTINGS
def test_int_with_base(rt, area, text, base):
    compare_call(rt, area, "int", text, base)
    compare_call(rt, area, "int", text, base=base)


def test_constructor_examples(rt, area):
    cases = [("int", (), {}), ("int", (None,), {}), ("int", ([1],), {}), ("int", ("x",), {}), ("int", (" 12 ",), {}),
             ("int", (1, 2, 3), {}), ("int", (1.5, 10), {}), ("int", ("10", 1), {}), ("int", ("10", 37), {}),
             ("int", ("10", 1.5), {}), ("int", ("z", 36), {}), ("int", ("0x1f", 0), {}), ("int", ("0x1f", 16), {}),
             ("int", (" -0b101 ", 0), {}), ("int", ("08", 0), {}), ("int", ("00", 0), {}), ("int", ("1__0",), {}),
             ("int", ("0x_1f", 16), {}), ("int", ("_1", 16), {}), ("int", ("1_", 16), {}), ("int", (float("nan"),), {}),
             ("int", (float("inf"),), {}), ("int", (-2.5,), {}), ("int", (1e30,), {}), ("int", (True,), {}),
             ("int", (), {"x": 1}), ("int", ("7",), {"base": 8}), ("int", ("x" * 300, 16), {}),
             ("float", (), {}), ("float", (None,), {}), ("float", ("x",), {}), ("float", (1, 2), {}),
             ("float", (10**400,), {}), ("float", ("  1.5  ",), {}), ("float", (True,), {}), ("float", (), {"x": 1}),
             ("str", (), {}), ("str", (1, 2, 3, 4), {}), ("str", (1, 2), {}), ("str", (), {"object": 5}),
             ("str", (), {"object": 1, "foo": 2}), ("bool", (1, 2), {}), ("bool", (), {}), ("bool", (), {"x": 1}),
             ("tuple", (1, 2), {}), ("tuple", (1,), {}), ("tuple", ("ab",), {}), ("tuple", (), {}),
             ("list", (1, 2), {}), ("list", (1,), {}), ("list", ((1, 2),), {}), ("list", (), {"x": 1}),
             ("range", (), {}), ("range", (1, 2, 3, 4), {}), ("range", (1.5,), {}), ("range", (0, 10, 0), {}),
             ("range", ("a",), {}), ("range", (), {"x": 1}),
             ("len", (), {}), ("len", (1, 2), {}), ("len", (), {"x": 1}), ("abs", (), {}), ("abs", ("a",), {}),
             ("abs", (None,), {}), ("abs", (-True,), {}), ("abs", (-0.0,), {}), ("repr", (), {}), ("repr", (1, 2), {}),
             ("isinstance", (1,), {}), ("chr", (1.5,), {}), ("chr", (10**30,), {}), ("chr", (2**31,), {}),
             ("ord", ("",), {}), ("ord", ("ab",), {}), ("ord", (1,), {}), ("divmod", (1,), {}),
             ("divmod", (1, 0), {}), ("divmod", (1.0, 0), {}), ("type", (), {}), ("type", (1, 2), {})]
    for name, args, kwargs in cases:
        compare_call(rt, area, name, *args, **kwargs)


@given(st.integers(-30, 30), st.integers(-30, 30), st.integers(-7, 7))
@SETTINGS
def test_range(rt, area, a, b, c):
    for args in ((a,), (a, b), (a, b, c)):
        e = outcome(lambda: range(*args))
        f = builtin(rt, "range")
        g = outcome(lambda: rt.call(B + "call_builtin", f, *pack(rt, area, args)))
        if e[0] == "ok":
            assert g[0] == "ok"
            assert rt.to_py(rt.call("runtime.ops.repr_of", g[1])) == repr(e[1])
            assert iterate(rt, g[1]) == list(e[1])
        else:
            assert e == g


def test_range_loop_check(rt):
    check_fn = lambda *a: rt.call(B + "range_check", *[rt.from_py(x) for x in a]) or rt.raise_pending()
    assert check_fn(0, 10, 1)
    assert check_fn(True, 2**70, -3)
    with pytest.raises(TypeError, match="^'float' object cannot be interpreted as an integer$"):
        check_fn(0, 1.5, 1)
    with pytest.raises(ValueError, match="^range\\(\\) arg 3 must not be zero$"):
        check_fn(0, 10, 0)


def test_not_callable(rt, area):
    for x, message in [(1, "'int' object is not callable"), ("s", "'str' object is not callable")]:
        with pytest.raises(TypeError) as e:
            rt.call(B + "call_builtin", rt.from_py(x), area.address, 0, 0)
        assert str(e.value) == message
    with pytest.raises(TypeError, match="^cannot create 'NoneType' instances$"):
        none_type = rt.call(B + "call_builtin", builtin(rt, "type"), *pack(rt, area, [None]))
        rt.call(B + "call_builtin", none_type, area.address, 0, 0)


# -- print ---------------------------------------------------------------------------------------

def py_print(*args, **kwargs):
    buf = io.StringIO()
    print(*args, **kwargs, file=buf)
    return buf.getvalue()


def has_surrogate(v):
    if isinstance(v, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in v)
    if isinstance(v, (list, tuple)):
        return any(has_surrogate(x) for x in v)
    return False


@given(st.lists(values, max_size=4), st.one_of(st.none(), strs), st.one_of(st.none(), strs))
@SETTINGS
def test_print(rt, area, capfd, args, sep, end):
    # CPython's stdout refuses to encode lone surrogates (UnicodeEncodeError); pyvm's writer writes
    # their bytes. Leave them out.
    assume(not has_surrogate((args, sep, end)))
    kwargs = {}
    if sep is not None or len(args) % 2:
        kwargs["sep"] = sep
    if end is not None:
        kwargs["end"] = end
    capfd.readouterr()
    call(rt, area, "print", *args, **kwargs)
    rt.call("runtime.writer.writer_flush_all")
    out = capfd.readouterr().out
    assert out == py_print(*args, **kwargs)


def test_print_messages(rt, area):
    for args, kwargs in [((1,), {"foo": 2}), ((1,), {"sep": 3}), ((1,), {"end": 3}), ((), {"file": 1})]:
        check(outcome(lambda: py_print(*args, **kwargs) if "file" not in kwargs else print(*args, **kwargs)),
              outcome(lambda: call(rt, area, "print", *args, **kwargs)))


def test_print_program(tmp_path):
    """print, sys.stdout/sys.stderr and sys.exit in a program of its own, as a driver runs them."""
    source = textwrap.dedent("""\
        from pyvm.lowpy.lang import *
        from pyvm.runtime.object import small, none_word
        from pyvm.runtime.strobj import str_from_cstr
        from pyvm.runtime.tupleobj import Tuple, tuple_new
        from pyvm.runtime.floatobj import float_new
        from pyvm.runtime.listobj import list_new, list_append
        from pyvm.runtime.builtins import call_builtin, PRINT
        from pyvm.runtime.sysmodule import STDERR, SYS
        from pyvm.runtime.ops import call_method, get_attr
        from pyvm.runtime.writer import writer_flush_all
        from pyvm.gc.roots import add_range


        class Args(Struct):
            items: Array[Word, 8]


        ARGS = static(Args)


        def main() -> i64:
            add_range(ARGS.items, 8)
            a = ARGS.items
            a[0] = small(1)
            a[1] = str_from_cstr("two")
            a[2] = float_new(3.5)
            a[3] = none_word()
            l = list_new(0)
            list_append(l, small(4))
            list_append(l, str_from_cstr("x"))
            a[4] = l
            call_builtin(cast(Word, PRINT), a, 5, cast(Word, 0))
            kw = tuple_new(2)
            cast(Ptr[Tuple], kw).items[0] = str_from_cstr("sep")
            cast(Ptr[Tuple], kw).items[1] = str_from_cstr("end")
            a[0] = str_from_cstr("a")
            a[1] = str_from_cstr("b")
            a[2] = str_from_cstr("-")
            a[3] = str_from_cstr("!\\n")
            call_builtin(cast(Word, PRINT), a, 4, kw)
            kw = tuple_new(1)
            cast(Ptr[Tuple], kw).items[0] = str_from_cstr("file")
            a[0] = str_from_cstr("to stderr")
            a[1] = cast(Word, STDERR)
            call_builtin(cast(Word, PRINT), a, 2, kw)
            a[0] = str_from_cstr("written\\n")
            call_method(get_attr(cast(Word, SYS), str_from_cstr("stdout")), str_from_cstr("write"), a, 1)
            a[0] = small(3)
            call_method(cast(Word, SYS), str_from_cstr("exit"), a, 1)
            writer_flush_all()
            return 0
        """)
    done = run_lowpy(tmp_path, source)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stdout == b"1 two 3.5 None [4, 'x']\na-b!\nwritten\n"
    assert done.stderr == b"to stderr\n"
    expected = subprocess.run([sys.executable, "-c", textwrap.dedent("""\
        import sys
        print(1, "two", 3.5, None, [4, "x"])
        print("a", "b", sep="-", end="!\\n")
        print("to stderr", file=sys.stderr)
        sys.stdout.write("written\\n")
        """)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert (done.stdout, done.stderr) == (expected.stdout, expected.stderr)


def test_int_from_str_digit_limit(rt, area):
    saved = sys.get_int_max_str_digits()
    cases = [(("1" * 4300, 10)), ("-" + "9" * 4300, 10), ("1_" * 4299 + "1", 10), ("f" * 5000, 16),
             ("1" * 4301, 10), ("1" * 4301 + "x", 10), (" +" + "7" * 5000, 0), ("1" * 5000, 36),
             ("0x" + "f" * 5000, 0), ("1" * 641, 7), ("1" * 4301, None), ("1" * 4300, None)]
    for text, base in cases:
        args = (text,) if base is None else (text, base)
        sys.set_int_max_str_digits(4300)                  # CPython's default, as the runtime's
        expected = outcome(lambda: int(*args))
        sys.set_int_max_str_digits(0)                     # the bridge converts ints through text
        try:
            got = outcome(lambda: call(rt, area, "int", *args))
        finally:
            sys.set_int_max_str_digits(saved)
        check(expected, got)
