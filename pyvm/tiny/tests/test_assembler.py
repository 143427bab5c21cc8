"""The tiny assembler: what it accepts, and one located error per kind of mistake."""
import textwrap

import pytest
from hypothesis import given, settings, strategies as st

from pyvm.tiny import default_args
from pyvm.tiny.assembler import FORMS, MAX_REGISTERS, TinyError, assemble


def asm(text, filename="prog.tiny"):
    return assemble(textwrap.dedent(text), filename)


def error_of(text, filename="prog.tiny") -> str:
    with pytest.raises(TinyError) as info:
        asm(text, filename)
    return str(info.value)


# -- what it accepts ------------------------------------------------------------------------------

def test_every_opcode_and_form():
    p = asm("""\
        # a comment on its own line
        helper:
            RETURN r0
        main:                       # a comment after a header
            LOAD 5 => r1
            LOAD -12 => r2          # negative constants
            LOAD 123456789012345678901234567890 => r3
            LOAD_FUNCTION helper => r4
            ADD r1 r2 => r5
            CALL r4 r5 => r6
            INTROSPECT r1 => r7
            PRINT r7

        @top
            JUMP_IF_ABOVE r1 r2 @done
            JUMP @top
        @done
            RETURN r6
        """)
    assert list(p.functions) == ["helper", "main"]
    main = p.main
    assert [i.opcode for i in main.instructions] == [
        "LOAD", "LOAD", "LOAD", "LOAD_FUNCTION", "ADD", "CALL", "INTROSPECT", "PRINT", "JUMP_IF_ABOVE", "JUMP", "RETURN"]
    assert main.instructions[1].operands == (-12, 2)
    assert main.instructions[2].operands == (123456789012345678901234567890, 3)
    assert main.instructions[3].operands == ("helper", 4)
    assert main.instructions[4].operands == (1, 2, 5)
    assert main.labels == {"top": 8, "done": 10}
    assert main.instructions[8].operands == (1, 2, 10) and main.instructions[8].label == "done"
    assert main.instructions[9].operands == (8,)
    assert main.instructions[0].line == 5
    assert main.line == 4 and p.functions["helper"].line == 2
    assert main.nregs == 8 and p.functions["helper"].nregs == 1


def test_arrow_needs_no_spaces_and_labels_may_come_later():
    p = asm("""\
        main:
            JUMP @end
            LOAD 1=>r1
        @end
            LOAD_FUNCTION later =>r2
            RETURN r2
        later:
            RETURN r0
        """)
    assert p.main.instructions[0].operands == (2,)
    assert p.main.instructions[1].operands == (1, 1)


def test_a_label_at_the_end_marks_the_end():
    p = asm("main:\n  JUMP @end\n@end\n")
    assert p.main.labels == {"end": 1}
    assert p.main.instructions[0].operands == (1,)


def test_labels_are_local_to_their_function():
    p = asm("f:\n@x\n  RETURN r0\nmain:\n@x\n  LOAD 1 => r1\n  JUMP @x\n")
    assert p.main.instructions[1].operands == (0,)


def test_text_round_trips():
    text = "main:\n    LOAD -3 => r1\n@a\n    JUMP_IF_ABOVE r1 r0 @a\n    RETURN r1\n"
    p = asm(text)
    assert [i.text() for i in p.main.instructions] == ["LOAD -3 => r1", "JUMP_IF_ABOVE r1 r0 @a", "RETURN r1"]


def test_default_args_of_the_examples():
    assert default_args("# hello\n# args: 10 -2\nmain:\n") == [10, -2]
    assert default_args("main:\n  RETURN r0\n") == []


# -- one located error per kind ---------------------------------------------------------------------

def test_unknown_opcode():
    assert error_of("main:\n    MUL r1 r2 => r3\n") == "prog.tiny:2: unknown opcode 'MUL'"


def test_lower_case_opcode_gets_a_hint():
    assert error_of("main:\n    add r1 r2 => r3\n") == "prog.tiny:2: unknown opcode 'add' (opcodes are upper case: ADD)"


@pytest.mark.parametrize("register", ["rx", "r-1", "r", "x1", "R1", "r1.5", "r01", f"r{MAX_REGISTERS}"])
def test_bad_register(register):
    assert error_of(f"main:\n    LOAD 1 => r1\n    PRINT {register}\n") == (
        f"prog.tiny:3: bad register '{register}' in PRINT: registers are r0, r1, ... r{MAX_REGISTERS - 1}")


def test_highest_register_is_accepted():
    assert asm(f"main:\n  RETURN r{MAX_REGISTERS - 1}\n").main.nregs == MAX_REGISTERS


@pytest.mark.parametrize("line, message", [
    ("ADD r1 => r3", "ADD takes 3 operands written `ADD r1 r2 => r3`, not `ADD r1 => r3`"),
    ("ADD r1 r2 r3", "ADD takes 3 operands written `ADD r1 r2 => r3`, not `ADD r1 r2 r3`"),
    ("RETURN", "RETURN takes 1 operand written `RETURN r1`, not `RETURN`"),
    ("PRINT r1 r2", "PRINT takes 1 operand written `PRINT r1`, not `PRINT r1 r2`"),
    ("JUMP", "JUMP takes 1 operand written `JUMP @label`, not `JUMP`"),
])
def test_wrong_operand_count(line, message):
    assert error_of(f"main:\n    {line}\n") == f"prog.tiny:2: {message}"


@pytest.mark.parametrize("line, message", [
    ("ADD r1 r2 -> r3", "expected '=>' where '->' is, in ADD (written `ADD r1 r2 => r3`)"),
    ("LOAD r1 => r2", "bad constant 'r1' in LOAD: expected a decimal integer (written `LOAD 5 => r1`)"),
    ("LOAD 1.5 => r2", "bad constant '1.5' in LOAD: expected a decimal integer (written `LOAD 5 => r1`)"),
    ("LOAD_FUNCTION 3f => r2", "bad function name '3f' in LOAD_FUNCTION (written `LOAD_FUNCTION name => r1`)"),
    ("JUMP end", "bad label 'end' in JUMP: labels are written @name"),
    ("JUMP_IF_ABOVE r1 r2 r3", "bad label 'r3' in JUMP_IF_ABOVE: labels are written @name"),
])
def test_wrong_operand_form(line, message):
    assert error_of(f"main:\n    {line}\n") == f"prog.tiny:2: {message}"


def test_unknown_label():
    assert error_of("main:\n  LOAD 1 => r1\n  JUMP @nowhere\n  RETURN r1\n") == (
        "prog.tiny:3: unknown label @nowhere in function main")


def test_labels_of_another_function_are_unknown():
    assert error_of("f:\n@x\n  RETURN r0\nmain:\n  JUMP @x\n") == "prog.tiny:5: unknown label @x in function main"


def test_unknown_function():
    assert error_of("main:\n  LOAD_FUNCTION nothing => r1\n  RETURN r1\n") == "prog.tiny:2: unknown function nothing"


def test_first_unknown_name_in_line_order():
    text = "main:\n  LOAD_FUNCTION g => r1\n  JUMP @x\n"
    assert error_of(text) == "prog.tiny:2: unknown function g"


def test_duplicate_function():
    assert error_of("main:\n  RETURN r0\n\nmain:\n  RETURN r0\n") == (
        "prog.tiny:4: function main is defined twice (first at line 1)")


def test_duplicate_label():
    assert error_of("main:\n@a\n  LOAD 1 => r1\n@a\n  RETURN r1\n") == (
        "prog.tiny:4: label @a is defined twice in function main (first at line 2)")


def test_missing_main():
    assert error_of("f:\n  RETURN r0\n", "lib.tiny") == "lib.tiny:1: no main function (the program starts at `main:`)"


def test_empty_file_has_no_main():
    assert error_of("# nothing here\n\n") == "prog.tiny:1: no main function (the program starts at `main:`)"


def test_instruction_before_the_first_function():
    assert error_of("# header\n  LOAD 1 => r1\nmain:\n  RETURN r1\n") == (
        "prog.tiny:2: LOAD before the first function (start one with `name:`)")


def test_label_before_the_first_function():
    assert error_of("@start\nmain:\n  RETURN r0\n") == (
        "prog.tiny:1: label @start before the first function (start one with `name:`)")


@pytest.mark.parametrize("line, message", [
    ("main: RETURN r0", "malformed line 'main: RETURN r0': a function starts with `name:` on its own line"),
    ("two words:", "malformed line 'two words:': a function starts with `name:` on its own line"),
    ("@", "malformed line '@': a label is `@name` on its own line"),
    ("@a b", "malformed line '@a b': a label is `@name` on its own line"),
    ("=> r1", "malformed line '=> r1': expected an instruction, a label or a function"),
    ("5 => r1", "malformed line '5 => r1': expected an instruction, a label or a function"),
])
def test_malformed_line(line, message):
    assert error_of(f"main:\n  LOAD 1 => r1\n{line}\n  RETURN r1\n") == f"prog.tiny:3: {message}"


def test_the_error_names_the_file_it_was_given():
    assert error_of("main:\n  NOPE\n", "examples/x.tiny").startswith("examples/x.tiny:2: ")


def test_error_attributes():
    with pytest.raises(TinyError) as info:
        asm("main:\n  NOPE\n", "a.tiny")
    assert (info.value.filename, info.value.line, info.value.message) == ("a.tiny", 2, "unknown opcode 'NOPE'")


# -- any line: either assembles or raises a located TinyError, never anything else ----------------------

tokens = st.sampled_from(list(FORMS) + ["r0", "r1", "r999", "rx", "=>", "->", "@a", "@", "5", "-5", "main", "f", ":", "#"])


@given(st.lists(st.lists(tokens, max_size=5).map(" ".join), max_size=6))
@settings(max_examples=300, deadline=None)
def test_garbage_gives_located_errors_only(lines):
    text = "main:\n" + "\n".join(lines) + "\n  RETURN r0\n"
    try:
        assemble(text, "g.tiny")
    except TinyError as e:
        assert str(e).startswith("g.tiny:") and 1 <= e.line <= text.count("\n")
