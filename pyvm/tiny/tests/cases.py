"""Programs and what they must print, shared by the interpreter's tests and the two-route tests."""
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "tiny"

# example -> (args, stdout) with small workloads
EXAMPLE_RUNS = {
    "count.tiny": ([10], "Result: 10\n"),
    "sum.tiny": ([100], "Result: 5050\n"),
    "recursion.tiny": ([15], "Result: 610\n"),
    "compose.tiny": ([10], "<function double>\n<function inc>\n<function double\u2218inc>\n"
                           "<function double\u2218inc\u2218inc>\n12\n14\n<function inc\u2218inc>\nResult: 20\n"),
    "introspect_hot.tiny": ([100], "Result: 5050\n"),
    "introspect_cold.tiny": ([100], "5050\nResult: 5050\n"),
}

# Programs that fail at run time: name -> (source, args, what was printed first, the message).
ERRORS = {
    "add_int_function": ("""\
f:
    RETURN r0
main:
    LOAD 1 => r1
    LOAD_FUNCTION f => r2
    PRINT r1
    ADD r1 r2 => r3
    RETURN r3
""", [], "1\n", "cannot ADD an int and a function"),
    "add_function_int": ("""\
f:
    RETURN r0
main:
    LOAD 1 => r1
    LOAD_FUNCTION f => r2
    ADD r2 r1 => r3
    RETURN r3
""", [], "", "cannot ADD a function and an int"),
    "call_int": ("""\
main:
    LOAD 7 => r1
    CALL r1 r0 => r2
    RETURN r2
""", [3], "", "cannot CALL an int"),
    "introspect_function": ("""\
main:
    LOAD_FUNCTION main => r1
    INTROSPECT r1 => r2
    RETURN r2
""", [], "", "INTROSPECT needs an int register number"),
    "introspect_above": ("""\
main:
    INTROSPECT r0 => r1
    RETURN r1
""", [2], "", "INTROSPECT of register r2, outside the frame"),
    "introspect_far_above": ("""\
main:
    INTROSPECT r0 => r1
    RETURN r1
""", [1000], "", "INTROSPECT of register r1000, outside the frame"),
    "introspect_negative": ("""\
main:
    INTROSPECT r0 => r1
    RETURN r1
""", [-1], "", "INTROSPECT of register r-1, outside the frame"),
    "introspect_beyond_64_bits": ("""\
main:
    LOAD 99999999999999999999 => r1
    INTROSPECT r1 => r2
    RETURN r2
""", [], "", "INTROSPECT of register r99999999999999999999, outside the frame"),
    "introspect_below_64_bits": ("""\
main:
    INTROSPECT r0 => r1
    RETURN r1
""", [-2 ** 64], "", "INTROSPECT of register r-18446744073709551616, outside the frame"),
    "introspect_unset": ("""\
main:
    LOAD 3 => r1
    INTROSPECT r1 => r2
    RETURN r2
@never
    LOAD 0 => r3
    RETURN r3
""", [], "", "INTROSPECT of register r3, which is not set"),
    # The JIT's frame has a scratch register for JUMP_IF_ABOVE above the tiny ones: not visible.
    "introspect_scratch": ("""\
main:
    LOAD 0 => r1
    JUMP_IF_ABOVE r1 r0 @x
@x
    INTROSPECT r0 => r1
    RETURN r1
""", [2], "", "INTROSPECT of register r2, outside the frame"),
    "jump_if_above_function": ("""\
main:
    LOAD_FUNCTION main => r1
    JUMP_IF_ABOVE r1 r0 @x
@x
    RETURN r1
""", [1], "", "cannot JUMP_IF_ABOVE on a function"),
    "falls_off_its_end": ("""\
f:
    LOAD 1 => r1
main:
    LOAD_FUNCTION f => r1
    CALL r1 r0 => r2
    RETURN r2
""", [0], "", "function f ended without RETURN"),
    "main_falls_off_through_a_label": ("""\
main:
    JUMP @end
    RETURN r0
@end
""", [0], "", "function main ended without RETURN"),
    "unset_register": ("""\
main:
    LOAD 5 => r1
    JUMP_IF_ABOVE r0 r1 @skip
    LOAD 1 => r5
@skip
    PRINT r5
    RETURN r5
""", [9], "", "register r5 is not set"),
    "unset_argument": ("""\
main:
    PRINT r0
    RETURN r0
""", [], "", "register r0 is not set"),
    "unbounded_recursion": ("""\
down:
    LOAD_FUNCTION down => r1
    CALL r1 r0 => r2
    RETURN r2
main:
    LOAD_FUNCTION down => r1
    CALL r1 r0 => r2
    RETURN r2
""", [0], "", "maximum recursion depth exceeded"),
}

# Programs that run: name -> (source, args, stdout).
RUNS = {
    "deepest_recursion": ("""\
# main is frame 1, down(1) frame 2, ... down(998) frame 999: the deepest pyvm allows
down:
    LOAD 998 => r1
    JUMP_IF_ABOVE r1 r0 @deeper
    RETURN r0
@deeper
    LOAD 1 => r1
    ADD r0 r1 => r0
    LOAD_FUNCTION down => r2
    CALL r2 r0 => r3
    RETURN r3
main:
    LOAD_FUNCTION down => r1
    LOAD 1 => r2
    CALL r1 r2 => r3
    RETURN r3
""", [], "Result: 998\n"),
    "compositions_print_flat": ("""\
f:
    RETURN r0
g:
    LOAD_FUNCTION f => r1
    RETURN r1
main:
    LOAD_FUNCTION f => r1
    LOAD_FUNCTION g => r2
    ADD r1 r2 => r3
    ADD r3 r1 => r3
    ADD r1 r3 => r3
    PRINT r3
    CALL r3 r0 => r4
    PRINT r4
    RETURN r3
""", [5], "<function f\u2218f\u2218g\u2218f>\n<function f>\nResult: <function f\u2218f\u2218g\u2218f>\n"),
    "composition_order": ("""\
double:
    ADD r0 r0 => r0
    RETURN r0
inc:
    LOAD 1 => r1
    ADD r0 r1 => r0
    RETURN r0
main:
    LOAD_FUNCTION double => r1
    LOAD_FUNCTION inc => r2
    ADD r1 r2 => r3
    ADD r2 r1 => r4
    CALL r3 r0 => r5
    PRINT r5
    CALL r4 r0 => r5
    PRINT r5
    ADD r3 r4 => r6
    CALL r6 r0 => r5
    RETURN r5
""", [10], "22\n21\nResult: 44\n"),
    "big_ints": ("""\
main:
    LOAD 4611686018427387903 => r1
    ADD r1 r1 => r2
    PRINT r2
    LOAD -99999999999999999999999 => r3
    ADD r2 r3 => r4
    PRINT r4
    ADD r0 r0 => r5
    RETURN r5
""", [-4611686018427387904], "9223372036854775806\n-99990776627963145224193\nResult: -9223372036854775808\n"),
    "main_called_through_load_function": ("""\
main:
    LOAD 0 => r9
    JUMP_IF_ABOVE r0 r9 @recurse
    RETURN r0
@recurse
    PRINT r0
    LOAD -1 => r9
    ADD r0 r9 => r0
    LOAD_FUNCTION main => r8
    CALL r8 r0 => r7
    RETURN r7
""", [3, 4, 5], "3\n2\n1\nResult: 0\n"),
    "the_papers_example": ("""\
main:
    LOAD 0 => r3
    LOAD 1 => r2
    LOAD 2 => r1
    INTROSPECT r0 => r4
    PRINT r4
    RETURN r4
""", [1], "2\nResult: 2\n"),
    "several_arguments": ("""\
main:
    ADD r0 r1 => r3
    ADD r3 r2 => r3
    INTROSPECT r2 => r4
    RETURN r4
""", [1, 2, 0], "Result: 1\n"),
    "argument_registers_above_the_highest": ("""\
main:
    LOAD 3 => r0
    INTROSPECT r0 => r1
    RETURN r1
""", [0, 0, 0, 42], "Result: 42\n"),
    "returns_a_function": ("""\
main:
    LOAD_FUNCTION main => r1
    RETURN r1
""", [], "Result: <function main>\n"),
}
