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


def test_dict_displays_build_at_most_a_chunk_of_pairs_then_add_pair_by_pair():
    # As CPython 3.11's compiler_dict: runs of up to 16 pairs are one BUILD_MAP, a run of 17 and more is
    # made pair by pair, and the parts (and **mappings) are merged with DICT_UPDATE.
    from pyvm.frontend.compiler import MAP_CHUNK
    pairs = lambda n: ", ".join(f"{i}: y" for i in range(n))
    ops = lambda source: [ins[0] for ins in compile_module(source, "t.py").code.instructions
                          if ins[0] in ("BUILD_MAP", "MAP_ADD", "DICT_UPDATE")]
    assert ops("x = {" + pairs(MAP_CHUNK) + "}") == ["BUILD_MAP"]
    assert ops("x = {" + pairs(MAP_CHUNK + 1) + "}") == ["BUILD_MAP"] + ["MAP_ADD"] * (MAP_CHUNK + 1)
    assert ops("x = {1: y, **y, 2: y}") == ["BUILD_MAP", "DICT_UPDATE", "BUILD_MAP", "DICT_UPDATE"]
    assert ops("x = {**y}") == ["BUILD_MAP", "DICT_UPDATE"]


def test_comprehensions_are_functions_called_with_an_iterator():
    code = compile_module("x = [a for a in y if a]\n", "t.py").code
    assert [ins[0] for ins in code.instructions][-5:-3] == ["GET_ITER", "CALL"]
    listcomp = [c for c in code.consts if getattr(c, "name", None) == "<listcomp>"][0]
    assert listcomp.varnames[:2] == [".0", "a"] and listcomp.argcount == 1
    assert "LIST_APPEND" in [ins[0] for ins in listcomp.instructions]


def test_set_displays_build_what_comes_before_a_star_then_add_one_by_one():
    # As CPython 3.11's starunpack_helper: the elements before the first * (all of them when there is
    # none) are one BUILD_SET, each later one a SET_ADD or SET_UPDATE; past DISPLAY_CHUNK all one by one.
    # Three or more constants are a frozenset constant merged into a new set (CPython's table order).
    ops = lambda source: [ins[0] for ins in compile_module(source, "t.py").code.instructions
                          if ins[0] in ("BUILD_SET", "SET_ADD", "SET_UPDATE")]
    assert ops("x = {y, y}") == ["BUILD_SET"]
    assert ops("x = {y, *y, y}") == ["BUILD_SET", "SET_UPDATE", "SET_ADD"]
    assert ops("x = {" + "y, " * (DISPLAY_CHUNK + 1) + "}") == ["BUILD_SET"] + ["SET_ADD"] * (DISPLAY_CHUNK + 1)
    assert ops("x = {1, 2, 3}") == ["BUILD_SET", "SET_UPDATE", "BUILD_SET", "SET_UPDATE"]
    setcomp = [c for c in compile_module("x = {a for a in y}\n", "t.py").code.consts
               if getattr(c, "name", None) == "<setcomp>"][0]
    assert "SET_ADD" in [ins[0] for ins in setcomp.instructions]


def test_generators_and_coroutines_are_flagged():
    from pyvm.bytecode.code import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_SUSPENDS
    codes = {c.name: c for c in compile_module(
        "def g():\n    def inner():\n        return 1\n    yield 1\n"
        "def h():\n    return [x for x in (yield)]\n"
        "def plain():\n    return lambda: 1\n"
        "x = (a for a in y)\nl = lambda: (yield)\n", "t.py").walk()}
    assert codes["g"].flags & CO_GENERATOR and codes["<genexpr>"].flags & CO_GENERATOR
    assert codes["h"].flags & CO_GENERATOR          # the first iterable belongs to h's scope
    assert not codes["inner"].flags & CO_GENERATOR
    assert not codes["plain"].flags & CO_GENERATOR and not codes["<listcomp>"].flags & CO_GENERATOR
    assert not codes["<module>"].flags & CO_GENERATOR
    assert [ins[0] for ins in codes["<genexpr>"].instructions].count("YIELD_VALUE") == 1
    # CPython's flags: an async def is a coroutine's code, an async generator's when it yields; a
    # comprehension that awaits is a coroutine's (awaited where it is), a generator expression's an
    # async generator's. Every one of them suspends: interpreted only.
    codes = {c.name: c for c in compile_module(
        "async def co():\n    return [x async for x in y] + [await z for z in y]\n"
        "async def ag():\n    yield (a async for a in y)\n", "t.py").walk()}
    assert codes["co"].flags & CO_SUSPENDS == CO_COROUTINE and codes["ag"].flags & CO_SUSPENDS == CO_ASYNC_GENERATOR
    assert codes["<listcomp>"].flags & CO_SUSPENDS == CO_COROUTINE
    assert codes["<genexpr>"].flags & CO_SUSPENDS == CO_ASYNC_GENERATOR
    assert all(c.suspends and not c.positional_only_call for c in codes.values() if c.name != "<module>")
    assert [ins[0] for ins in codes["co"].instructions].count("GET_AWAITABLE") == 2     # each comprehension
