"""List and tuple displays: long ones are built DISPLAY_CHUNK elements at a time."""
from pyvm.frontend.compiler import DISPLAY_CHUNK, compile_module


def test_a_long_display_holds_a_chunk_of_elements_in_registers_at_once():
    # Every element held at once stays live across the runtime calls that build the next ones: the
    # JIT's code grew with the square of the length (400 tuples: 27 s to compile).
    for brackets in ("[]", "()"):
        # (a display of constants is one constant: folding.py)
        source = "x = " + brackets[0] + ", ".join(f"({i}, y)" for i in range(400)) + brackets[1] + "\n"
        code = compile_module(source, "t.py").code
        assert code.nregs < 2 * DISPLAY_CHUNK
        builds = [ins for ins in code.instructions if ins[0] == "BUILD_LIST"]
        assert max(n for _, _, (first, n) in builds) == DISPLAY_CHUNK
