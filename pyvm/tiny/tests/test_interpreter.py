"""The reference interpreter: every example's output, the runtime errors, and `pyvm tiny --interp`."""
import io

import pytest

from pyvm.tiny import default_args
from pyvm.tiny.assembler import assemble
from pyvm.tiny.command import main as tiny
from pyvm.tiny.interpreter import (Composition, Frame, MAX_DEPTH, Named, TinyRuntimeError, decode, format_value,
                                   run)
from pyvm.tiny.tests.cases import ERRORS, EXAMPLE_RUNS, EXAMPLES, RUNS


def run_text(text, args):
    out = io.StringIO()
    result = run(assemble(text, "t.tiny"), args, out.write)
    return out.getvalue() + f"Result: {format_value(result)}\n"


def test_every_example_has_a_case_and_a_workload():
    assert sorted(p.name for p in EXAMPLES.glob("*.tiny")) == sorted(EXAMPLE_RUNS)
    for path in EXAMPLES.glob("*.tiny"):
        assert len(default_args(path.read_text())) == 1, path


@pytest.mark.parametrize("name", sorted(EXAMPLE_RUNS))
def test_example_through_the_command(name, capsys):
    args, expected = EXAMPLE_RUNS[name]
    assert tiny(["--interp", str(EXAMPLES / name)] + [str(a) for a in args]) == 0
    out, err = capsys.readouterr()
    assert (out, err) == (expected, "")


@pytest.mark.parametrize("n", [0, 1, 2, 7, -3])
def test_counting_and_summing_agree_with_python(n):
    for name, want in (("count.tiny", max(n, 0)), ("sum.tiny", sum(range(n + 1))),
                       ("introspect_hot.tiny", sum(range(n + 1)))):
        assert run_text((EXAMPLES / name).read_text(), [n]).endswith(f"Result: {want}\n"), name


def test_recursion_is_fibonacci():
    fib = [0, 1]
    while len(fib) < 20:
        fib.append(fib[-1] + fib[-2])
    text = (EXAMPLES / "recursion.tiny").read_text()
    for n in range(12):
        assert run_text(text, [n]) == f"Result: {fib[n]}\n"


@pytest.mark.parametrize("name", sorted(RUNS))
def test_programs(name):
    text, args, expected = RUNS[name]
    assert run_text(text, args) == expected


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_runtime_errors(name):
    text, args, printed, message = ERRORS[name]
    out = io.StringIO()
    with pytest.raises(TinyRuntimeError) as info:
        run(assemble(text, "t.tiny"), args, out.write)
    assert info.value.message == message
    assert out.getvalue() == printed


def test_runtime_error_through_the_command(tmp_path, capsys):
    path = tmp_path / "bad.tiny"
    text, args, printed, message = ERRORS["add_int_function"]
    path.write_text(text)
    assert tiny(["--interp", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == printed
    assert err == f"tiny: {path}: error: cannot ADD an int and a function\n"


def test_assembly_error_through_the_command(tmp_path, capsys):
    path = tmp_path / "bad.tiny"
    path.write_text("main:\n  LOAD x => r1\n")
    assert tiny(["--interp", str(path)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"tiny: {path}:2: bad constant 'x' in LOAD: expected a decimal integer "
                              "(written `LOAD 5 => r1`)\n")


def test_usage_errors(tmp_path, capsys):
    assert tiny(["--interp"]) == 2
    assert tiny(["--interp", str(EXAMPLES / "count.tiny"), "ten"]) == 2
    assert tiny(["--bogus", str(EXAMPLES / "count.tiny")]) == 2
    assert tiny(["--frames=stack", str(EXAMPLES / "count.tiny")]) == 2
    assert tiny(["--interp", str(tmp_path / "missing.tiny")]) == 2
    err = capsys.readouterr().err
    assert "tiny: argument 'ten' is not an integer" in err
    assert f"tiny: can't open file '{tmp_path / 'missing.tiny'}': [Errno 2] No such file or directory" in err


def test_negative_arguments_are_integers_not_options(capsys):
    assert tiny(["--interp", str(EXAMPLES / "count.tiny"), "-5"]) == 0
    assert capsys.readouterr().out == "Result: 0\n"


def test_printing_values():
    f = Named(type("F", (), {"name": "f"})(), None)
    g = Named(type("F", (), {"name": "g"})(), None)
    assert format_value(-12) == "-12"
    assert format_value(f) == "<function f>"
    assert format_value(Composition(f, g)) == "<function f\u2218g>"
    assert format_value(Composition(Composition(f, g), f)) == format_value(Composition(f, Composition(g, f)))


def test_deep_compositions_do_not_use_the_python_stack():
    text = """\
inc:
    LOAD 1 => r1
    ADD r0 r1 => r1
    RETURN r1
main:
    LOAD_FUNCTION inc => r1
    LOAD_FUNCTION inc => r2
    LOAD 0 => r3
    LOAD 1 => r4
@more
    ADD r1 r2 => r1
    ADD r3 r4 => r3
    JUMP_IF_ABOVE r0 r3 @more
    LOAD 0 => r5
    CALL r1 r5 => r5
    RETURN r5
"""
    assert run_text(text, [20000]) == "Result: 20001\n"


def test_frames_hold_registers_in_a_list():
    program = assemble("main:\n  LOAD 1 => r3\n  RETURN r3\n", "t.tiny")
    code = decode(program)["main"]
    frame = Frame(code, code.nregs, None, None, (), 1)
    assert frame.registers == [None] * 4


def test_the_recursion_limit_matches_pyvm():
    # pyvm stops at 1000 frames, its module's one included.
    assert MAX_DEPTH == 999
