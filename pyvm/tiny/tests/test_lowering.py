"""The lowering to pyvm bytecode: the code objects as `pyvm dis` shows them, and what they mean.

`simulate` runs lowered code the way pyvm's JIT and pyvm/runtime/tinyobj.py
do, in plain Python, so that the lowering is checked against the reference
interpreter on every case and on random programs without the JIT.
"""
import io
import sys

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from pyvm.bytecode.code import CodeObject
from pyvm.bytecode.dis import disassemble
from pyvm.bytecode.opcodes import BY_NAME, COMPARE_OPS
from pyvm.tiny.assembler import assemble
from pyvm.tiny.command import translate
from pyvm.tiny.interpreter import RECURSION_LIMIT, TinyRuntimeError, format_value, run
from pyvm.tiny.lowering import lower
from pyvm.tiny.tests.cases import ERRORS, EXAMPLE_RUNS, EXAMPLES, RUNS


def lowered(text, args=(), filename="t.tiny"):
    return lower(assemble(text, filename), list(args))


def code_named(module, name, argcount=None):
    return next(c for c in module.walk() if c.name == name and (argcount is None or c.argcount == argcount))


def body(code):
    """The disassembly of one code object without its header."""
    return disassemble_one(code).split("\n", 1)[1]


def disassemble_one(code):
    text = disassemble(code.module)
    for part in text.split("\n\n"):
        if part.startswith(f"Disassembly of <code object {code.name}, line {code.firstlineno}>") or (
                code.is_module and part.startswith("Disassembly of <module>")):
            return part.rstrip("\n")
    raise AssertionError(code.name)


# -- the code objects ------------------------------------------------------------------------------

def test_count_example():
    module = lower(assemble((EXAMPLES / "count.tiny").read_text(), "count.tiny"), [10])
    main = code_named(module, "main")
    assert (main.argcount, main.nregs, main.varnames) == (1, 4, ["r0", "r1", "r2"])
    assert main.firstlineno == 6 and main.filename == "count.tiny"
    assert body(main) == """\
   7        0 LOAD_CONST     r1, 0 (0)
   8        1 LOAD_CONST     r2, 1 (1)
   9        2 JUMP           to 4
  11 >>     3 TINY_ADD       r1, r1, r2
  13 >>     4 COMPARE        r3, '>', r0, r1
            5 JUMP_IF_TRUE   r3, to 3
  14        6 RETURN         r1"""


def test_module_code_calls_main_and_prints_the_result():
    module = lowered("main:\n  ADD r0 r1 => r2\n  RETURN r2\n", [3, 4])
    top = module.code
    assert top.is_module and top.argcount == 0
    assert body(top) == """\
   1        0 MAKE_FUNCTION  r0, 0 (<code main>), ()
            1 LOAD_CONST     r1, 1 (3)
            2 LOAD_CONST     r2, 2 (4)
            3 CALL           r3, r0, r1..r2
            4 LOAD_CONST     r4, 3 ('Result: ')
            5 TINY_PRINT     r4
            6 TINY_PRINT     r3
            7 LOAD_CONST     r5, 4 (None)
            8 RETURN         r5"""
    main = top.consts[0]
    assert main.argcount == 2 and main.nregs == 3


def test_every_instruction():
    module = lowered("""\
f:
    RETURN r0
main:
    LOAD -5 => r1
    LOAD_FUNCTION f => r2
    ADD r1 r0 => r3
    CALL r2 r3 => r4
    PRINT r4
    INTROSPECT r0 => r5
@top
    JUMP_IF_ABOVE r1 r0 @top
    JUMP @end
@end
    RETURN r5
""", [1])
    main = code_named(module, "main")
    assert body(main) == """\
   4        0 LOAD_CONST     r1, 0 (-5)
   5        1 MAKE_FUNCTION  r2, 1 (<code f>), ()
   6        2 TINY_ADD       r3, r1, r0
   7        3 TINY_CALL      r4, r2, r3
   8        4 TINY_PRINT     r4
   9        5 INTROSPECT     r5, r0
  11 >>     6 COMPARE        r6, '>', r1, r0
            7 JUMP_IF_TRUE   r6, to 6
  12        8 JUMP           to 9
  14 >>     9 RETURN         r5"""
    assert main.consts[1] is code_named(module, "f")
    assert [p.line for p in main.positions] == [4, 5, 6, 7, 8, 9, 11, 11, 12, 14]
    assert (main.positions[0].col, main.positions[0].end_col) == (4, len("    LOAD -5 => r1"))


def test_only_reads_that_may_be_unset_are_checked():
    module = lowered("""\
main:
    LOAD 5 => r1
    JUMP_IF_ABOVE r0 r1 @skip
    LOAD 1 => r2
@skip
    ADD r1 r2 => r3
    RETURN r3
""", [0])
    main = code_named(module, "main")
    checks = [(ins[1], main.names[ins[2]]) for ins in main.instructions if ins[0] == "CHECK_BOUND"]
    assert checks == [(2, "r2")]
    assert body(main).splitlines()[4:6] == [
        "   6 >>     4 CHECK_BOUND    r2, 0 (r2)",
        "            5 TINY_ADD       r3, r1, r2"]


def test_main_without_arguments_checks_r0():
    main = code_named(lowered("main:\n  RETURN r0\n", []), "main")
    assert main.argcount == 0
    assert [ins[0] for ins in main.instructions] == ["CHECK_BOUND", "RETURN"]


def test_falling_off_the_end_raises_through_a_register_nothing_writes():
    f = code_named(lowered("f:\n  LOAD 1 => r1\nmain:\n  RETURN r0\n", [1]), "f")
    assert f.nregs == 3 and f.varnames == ["r0", "r1"]
    assert body(f) == """\
   2        0 LOAD_CONST     r1, 0 (1)
            1 CHECK_BOUND    r2, 0 (function f ended without RETURN)
            2 RETURN         r2"""


def test_no_end_check_when_the_end_cannot_be_reached():
    main = code_named(lowered("main:\n@a\n  JUMP_IF_ABOVE r0 r0 @a\n  RETURN r0\n  LOAD 1 => r1\n", [1]), "main")
    assert [ins[0] for ins in main.instructions] == ["COMPARE", "JUMP_IF_TRUE", "RETURN"]


def test_recursion_makes_a_cycle_that_walk_visits_once():
    module = lowered((EXAMPLES / "recursion.tiny").read_text(), [5])
    names = [c.name for c in module.walk()]
    assert names == ["<module>", "main", "fib"]
    fib = code_named(module, "fib")
    assert fib in fib.consts
    assert "Disassembly of <code object fib, line 6>" in disassemble(module)


def test_main_is_lowered_twice_when_its_entry_takes_other_than_one_argument():
    module = lowered("main:\n  LOAD_FUNCTION main => r1\n  RETURN r1\n", [1, 2])
    mains = [c for c in module.walk() if c.name == "main"]
    assert sorted(c.argcount for c in mains) == [1, 2]
    entry = module.code.consts[0]
    assert entry.argcount == 2 and entry.consts[0].argcount == 1
    one = lowered("main:\n  LOAD_FUNCTION main => r1\n  RETURN r1\n", [7])
    assert [c.argcount for c in one.walk() if c.name == "main"] == [1]


def test_every_code_object_carries_the_program_tag():
    a = lowered("f:\n  RETURN r0\nmain:\n  RETURN r0\n", [1])
    b = lowered("f:\n  RETURN r1\nmain:\n  RETURN r0\n", [1])
    tags = lambda m: {c.names[-1] for c in m.walk()}
    assert len(tags(a)) == 1 and tags(a) != tags(b)
    assert next(iter(tags(a))).startswith("<tiny ")


def test_instructions_match_the_table():
    for name in sorted(EXAMPLE_RUNS):
        module = lower(assemble((EXAMPLES / name).read_text(), name), EXAMPLE_RUNS[name][0])
        for code in module.walk():
            assert len(code.instructions) == len(code.positions)
            for ins in code.instructions:
                assert isinstance(ins, tuple)
                kinds = BY_NAME[ins[0]].operands
                assert len(ins) == 1 + len(kinds), ins
                for kind, value in zip(kinds, ins[1:]):
                    if kind in ("dst", "reg"):
                        assert 0 <= value < code.nregs
                    elif kind == "label":
                        assert 0 <= value < len(code.instructions)
                    elif kind == "const":
                        assert 0 <= value < len(code.consts)
                    elif kind == "name":
                        assert 0 <= value < len(code.names)
            last = code.instructions[-1][0]
            assert last in ("RETURN", "JUMP")


# -- what the code means: a simulation of the JIT route ------------------------------------------------

class SimFunction:
    def __init__(self, code):
        self.code = code


class SimCompose:
    def __init__(self, outer, inner):
        self.outer, self.inner = outer, inner


def is_function(v):
    return isinstance(v, (SimFunction, SimCompose))


def names_of(v):
    if isinstance(v, SimCompose):
        return names_of(v.outer) + "\u2218" + names_of(v.inner)
    return v.code.name


class Simulator:
    """pyvm's semantics for the instructions the lowering emits (pyvm/jit/codegen.py and
    pyvm/runtime/tinyobj.py), INTROSPECT reading the tiny registers only (len(varnames))."""

    def __init__(self, write):
        self.write = write
        self.depth = 0

    def call(self, code: CodeObject, args):
        if len(args) != code.argcount:
            raise TypeError(f"{code.name}() takes {code.argcount} positional arguments but {len(args)} were given")
        if self.depth >= RECURSION_LIMIT:
            raise RecursionError("maximum recursion depth exceeded")
        self.depth += 1
        try:
            return self.execute(code, list(args) + [None] * (code.nregs - len(args)))
        finally:
            self.depth -= 1

    def tiny_call(self, f, x):
        while isinstance(f, SimCompose):
            x = self.tiny_call(f.inner, x)
            f = f.outer
        if isinstance(f, SimFunction):
            return self.call(f.code, [x])
        raise TypeError("cannot CALL an int")

    def execute(self, code, regs):
        pc = 0
        while True:
            op, *x = code.instructions[pc]
            pc += 1
            if op == "LOAD_CONST":
                regs[x[0]] = code.consts[x[1]]
            elif op == "MAKE_FUNCTION":
                assert x[2] == (0, 0)
                regs[x[0]] = SimFunction(code.consts[x[1]])
            elif op == "CHECK_BOUND":
                if regs[x[0]] is None:
                    raise UnboundLocalError(f"cannot access local variable '{code.names[x[1]]}' "
                                            "where it is not associated with a value")
            elif op == "TINY_ADD":
                a, b = regs[x[1]], regs[x[2]]
                assert a is not None and b is not None, "read of an unset register got past the lowering"
                if type(a) is int and type(b) is int:
                    regs[x[0]] = a + b
                elif is_function(a) and is_function(b):
                    regs[x[0]] = SimCompose(a, b)
                elif type(a) is int:
                    raise TypeError("cannot ADD an int and a function")
                else:
                    raise TypeError("cannot ADD a function and an int")
            elif op == "TINY_CALL":
                assert regs[x[1]] is not None and regs[x[2]] is not None
                regs[x[0]] = self.tiny_call(regs[x[1]], regs[x[2]])
            elif op == "CALL":
                first, n = x[2]
                regs[x[0]] = self.call(regs[x[1]].code, regs[first:first + n])
            elif op == "TINY_PRINT":
                v = regs[x[0]]
                assert v is not None
                if isinstance(v, str):
                    self.write(v)
                elif is_function(v):
                    self.write(f"<function {names_of(v)}>\n")
                else:
                    self.write(f"{v}\n")
            elif op == "COMPARE":
                assert COMPARE_OPS[x[1]] == ">"
                a, b = regs[x[2]], regs[x[3]]
                assert a is not None and b is not None
                if type(a) is not int or type(b) is not int:
                    kind = lambda v: "int" if type(v) is int else "function"
                    raise TypeError(f"'>' not supported between instances of '{kind(a)}' and '{kind(b)}'")
                regs[x[0]] = a > b
            elif op == "JUMP_IF_TRUE":
                if regs[x[0]] is True:
                    pc = x[1]
            elif op == "JUMP":
                pc = x[0]
            elif op == "INTROSPECT":
                i = regs[x[1]]
                assert i is not None
                if type(i) is not int:
                    raise TypeError("INTROSPECT needs an int register number")
                if not 0 <= i < len(code.varnames):
                    raise IndexError(f"INTROSPECT of register r{i}, outside the frame")
                if regs[i] is None:
                    raise IndexError(f"INTROSPECT of register r{i}, which is not set")
                regs[x[0]] = regs[i]
            elif op == "RETURN":
                return regs[x[0]]
            else:
                raise AssertionError(op)


def simulate(text, args):
    """(stdout, error message or None) of the lowered program, as `pyvm tiny` reports them."""
    out = io.StringIO()
    module = lower(assemble(text, "t.tiny"), list(args))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * RECURSION_LIMIT))     # the simulation nests a few Python calls a level
    try:
        Simulator(out.write).call(module.code, [])
    except (TypeError, IndexError, UnboundLocalError, RecursionError) as e:
        return out.getvalue(), translate(e)
    finally:
        sys.setrecursionlimit(limit)
    return out.getvalue(), None


def reference(text, args):
    out = io.StringIO()
    try:
        result = run(assemble(text, "t.tiny"), list(args), out.write)
    except TinyRuntimeError as e:
        return out.getvalue(), e.message
    return out.getvalue() + f"Result: {format_value(result)}\n", None


@pytest.mark.parametrize("name", sorted(EXAMPLE_RUNS))
def test_lowered_examples_mean_what_the_reference_does(name):
    args, expected = EXAMPLE_RUNS[name]
    assert simulate((EXAMPLES / name).read_text(), args) == (expected, None)


@pytest.mark.parametrize("name", sorted(RUNS))
def test_lowered_programs(name):
    text, args, expected = RUNS[name]
    assert simulate(text, args) == (expected, None)


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_lowered_errors_say_what_the_reference_says(name):
    text, args, printed, message = ERRORS[name]
    assert simulate(text, args) == (printed, message)


# Random small programs: a few functions over r0..r3, forward jumps and one backward loop bounded by a counter.

REG = st.integers(0, 3).map(lambda r: f"r{r}")


def instruction(functions, labels):
    return st.one_of(
        st.tuples(st.integers(-3, 5), REG).map(lambda t: f"LOAD {t[0]} => {t[1]}"),
        st.tuples(st.sampled_from(functions), REG).map(lambda t: f"LOAD_FUNCTION {t[0]} => {t[1]}"),
        st.tuples(REG, REG, REG).map(lambda t: f"ADD {t[0]} {t[1]} => {t[2]}"),
        st.tuples(REG, REG, REG).map(lambda t: f"CALL {t[0]} {t[1]} => {t[2]}"),
        REG.map(lambda r: f"PRINT {r}"),
        st.tuples(REG, REG).map(lambda t: f"INTROSPECT {t[0]} => {t[1]}"),
        REG.map(lambda r: f"RETURN {r}"),
        st.sampled_from(labels).map(lambda l: f"JUMP @{l}"),
        st.tuples(REG, REG, st.sampled_from(labels)).map(lambda t: f"JUMP_IF_ABOVE {t[0]} {t[1]} @{t[2]}"),
    )


@st.composite
def programs(draw):
    names = ["main", "f", "g"][:draw(st.integers(1, 3))]
    parts = []
    for index, name in enumerate(names):
        callees = names[index + 1:] or names[-1:]
        lines = []
        for r in (1, 2, 3):                     # most registers start set, so that runs get somewhere
            if draw(st.integers(0, 9)) < 8:
                lines.append(draw(st.one_of(st.integers(-3, 5).map(lambda k: f"LOAD {k} => r{r}"),
                                            st.sampled_from(callees).map(lambda f: f"LOAD_FUNCTION {f} => r{r}"))))
        lines += [draw(instruction(callees, ["end"])) for _ in range(draw(st.integers(0, 6)))]
        if name == "main" and draw(st.booleans()):
            # a bounded loop: r3 counts down from 3 around the body
            lines = ["LOAD 3 => r3", "@loop"] + [l for l in lines if "r3" not in l] + [
                "LOAD -1 => r2", "ADD r3 r2 => r3", "LOAD 0 => r2", "JUMP_IF_ABOVE r3 r2 @loop"]
        lines.append("@end")
        if draw(st.integers(0, 9)) < 9:
            lines.append(f"RETURN {draw(REG)}")
        parts.append(f"{name}:\n" + "".join(f"    {l}\n" if not l.startswith("@") else f"{l}\n" for l in lines))
    return "".join(parts)


# Derandomized: a rare program doubles a composition at every level of a self-recursion and prints it,
# whose output takes exponential time and memory (a test run stalled on one, at 7 GB). The same 400
# programs are drawn at every run.
@given(programs(), st.lists(st.integers(-2, 4), max_size=3))
@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
def test_random_programs_lower_to_what_the_reference_does(text, args):
    # Functions call the functions defined after them, the last one itself: every run ends, at worst
    # at the recursion limit.
    assert simulate(text, args) == reference(text, args)
