"""Which loops the JIT compiles a small-int version of (pyvm/jit/loops.py), on code from the front end.
tests/programs/loops_small_int_versions.py checks that leaving those versions changes nothing."""
from pyvm.jit.analysis import jump_targets, known_builtins, known_kinds, list_item_kinds, liveness
from pyvm.jit.loops import LONGEST_VERSION, SMALL, UNROLLED, UNROLLED_LONGEST, small_int_loops
from pyvm.jit.tests.test_analysis import first, function


def loops_of(source: str, name: str = "f"):
    code = function(source, name)
    items = list_item_kinds(code)
    builtins = known_builtins(code, jump_targets(code))
    return code, small_int_loops(code, known_kinds(code, items), liveness(code)[0], items, builtins)


def test_fib_loop_is_guarded_on_its_locals_and_its_range():
    code, loops = loops_of("def f(n):\n    a, b = 0, 1\n    for i in range(n):\n        a, b = b, a + b\n"
                           "    return a\n")
    [loop] = loops
    header = first(code, "RANGE_NEXT")
    assert loop.header == header
    counter = code.instructions[header][2][0]
    a, b = code.varnames.index("a"), code.varnames.index("b")
    assert loop.guard == {a, b, counter, counter + 1, counter + 2}
    assert code.varnames.index("i") in loop.stores and a in loop.stores
    add = first(code, "BINARY")
    assert loop.kinds[add][a] == SMALL and loop.kinds[add][b] == SMALL


def test_a_loop_that_calls_or_divides_has_no_version():
    # (len() of the builtin, list append and pop are inline: see below)
    assert loops_of("def f(n):\n    t = 0\n    for i in range(n):\n        t = t + abs(i)\n    return t\n")[1] == []
    assert loops_of("def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i / 2\n    return t\n")[1] == []
    assert loops_of("def f(xs):\n    t = 0\n    for x in xs:\n        t = t + x\n    return t\n")[1] == []


def test_a_value_the_loop_makes_something_else_is_not_guarded():
    # s becomes a str inside: `s + 1` keeps its tag test (and leaves the version on a str)
    code, loops = loops_of("def f(n):\n    s = 0\n    for i in range(n):\n        s = s + 1\n        s = 'x'\n"
                           "    return s\n")
    [loop] = loops
    s = code.varnames.index("s")
    assert s not in loop.guard
    assert s not in loop.kinds[first(code, "BINARY")]


def test_an_operand_tested_once_is_known_small_after():
    code, loops = loops_of("def f(xs, n):\n    t = 0\n    for i in range(n):\n        x = xs[i]\n"
                           "        t = t + x * 2 + x\n    return t\n")
    [loop] = loops
    x = code.varnames.index("x")
    multiply, add, add_again = [i for i, ins in enumerate(code.instructions) if ins[0] == "BINARY"]
    assert x not in loop.kinds[multiply]
    assert loop.kinds[add_again][x] == SMALL


def test_a_loop_over_lists_and_tuples_in_arithmetic_has_no_version():
    source = "def f(n):\n    t = ()\n    for i in range(n):\n        t = t + (i,)\n    return t\n"
    assert loops_of(source)[1] == []


def test_items_of_a_list_of_small_ints_count_as_small_ints():
    source = ("def f(n):\n    xs = [1, 2, 3]\n    t = 0\n    for i in range(n):\n        t = t + xs[i % 3]\n"
              "    return t\n")
    code, [loop] = loops_of(source)
    get = first(code, "GET_ITEM")
    assert loop.kinds[get + 1][code.instructions[get][1]] == SMALL


def test_len_append_and_pop_of_lists_may_be_in_a_version():
    code, loops = loops_of("def f(xs, ys):\n    k = 0\n    while len(xs) > 0:\n        ys.append(xs.pop())\n"
                           "        k = k + 1\n    return k\n")
    [loop] = loops
    assert code.varnames.index("k") in loop.guard


def test_while_loops_on_comparisons_and_on_ints_have_versions():
    code, loops = loops_of("def f(k):\n    n = 0\n    while k:\n        k = k - 1\n    while n < 10 and not n == 3:\n"
                           "        n += 1\n    return n\n")
    assert len(loops) == 2


def test_a_loop_reading_variables_of_an_enclosing_function_has_a_version():
    # a memoizing closure's search: keys is a cell, read inline (an unbound one leaves the version)
    code, loops = loops_of("def outer(keys):\n    def f(n):\n        i = 0\n        while i < len(keys):\n"
                           "            if keys[i] == n:\n                return i\n            i += 1\n"
                           "        return -1\n    return f\n")
    [loop] = loops
    assert first(code, "LOAD_DEREF") in loop.kinds and code.varnames.index("i") in loop.guard


def test_a_loop_longer_than_the_limit_is_compiled_once():
    body = "".join(f"        x = (x * 3 + {k}) % 1000003\n" for k in range(LONGEST_VERSION // 5))
    code, loops = loops_of("def f(n):\n    x = 0\n    for i in range(n):\n" + body + "    return x\n")
    assert loops == [] and len(code.instructions) > LONGEST_VERSION


def test_a_short_loop_has_several_copies_of_its_version_and_a_longer_one_has_one():
    seen = set()
    for statements in range(1, 20):
        body = "".join(f"        x = (x * 3 + {k}) % 1000003\n" for k in range(statements))
        [loop] = loops_of("def f(n):\n    x = 0\n    for i in range(n):\n" + body + "    return x\n")[1]
        short = loop.end - loop.header + 1 <= UNROLLED_LONGEST
        assert loop.copies == (UNROLLED if short else 1)
        seen.add(short)
    assert seen == {True, False} and UNROLLED > 1
