"""The bytecode analyses the JIT compiles with (pyvm/jit/analysis.py), on code from the front end."""
from pyvm.frontend.compiler import compile_module
from pyvm.jit.analysis import LIST, SMALL, TUPLE, Seq, known_kinds, liveness, unit_step_ranges


def function(source: str, name: str = "f"):
    module = compile_module(source, "<test>")
    return next(code for code in module.walk() if code.name == name)


def first(code, opname: str) -> int:
    return next(i for i, ins in enumerate(code.instructions) if ins[0] == opname)


def test_a_local_read_later_is_live_and_one_never_read_again_is_not():
    code = function("def f(n):\n    a = n + 1\n    b = a * 2\n    return a\n")
    live_in, live_out = liveness(code)
    a, b = code.varnames.index("a"), code.varnames.index("b")
    multiply = [i for i, ins in enumerate(code.instructions) if ins[0] == "BINARY"][1]
    assert a in live_out[multiply]
    assert b not in live_out[multiply]
    assert code.varnames.index("n") not in live_out[multiply]


def test_a_loop_keeps_its_variables_live_around_the_back_edge():
    code = function("def f(n):\n    t = 0\n    for i in range(n):\n        t = t + i\n    return t\n")
    live_in, live_out = liveness(code)
    loop = first(code, "RANGE_NEXT")
    state = code.instructions[loop][2][0]
    assert {state, state + 1, state + 2} <= live_out[first(code, "BINARY")]
    assert code.varnames.index("t") in live_out[loop]


def test_what_an_exception_handler_reads_is_live_in_its_try_body():
    code = function("def f(x):\n    y = x\n    try:\n        z = 1 // x\n    except ZeroDivisionError:\n"
                    "        return y\n    return z\n")
    live_in, live_out = liveness(code)
    divide = first(code, "BINARY")
    assert code.varnames.index("y") in live_out[divide]


def test_the_loop_variable_is_dead_where_the_loop_ends():
    code = function("def f(n):\n    for i in range(n):\n        pass\n    return 0\n")
    live_in, live_out = liveness(code)
    ins = code.instructions[first(code, "RANGE_NEXT")]
    dst, end = ins[1], ins[3]
    assert dst not in live_in[end]


def test_ranges_of_one_or_two_arguments_count_by_one():
    code = function("def f(n):\n    for i in range(n):\n        pass\n    for j in range(1, n):\n        pass\n"
                    "    for k in range(0, n, 2):\n        pass\n")
    starts = [ins for ins in code.instructions if ins[0] == "RANGE_START"]
    assert unit_step_ranges(code) == {starts[0][1][0], starts[1][1][0]}


def test_a_register_built_as_a_list_is_known_to_hold_one():
    code = function("def f(c):\n    x = [1, 2]\n    y = (1, 2)\n    z = x\n    return x[0] + y[0] + z[0]\n")
    kinds = known_kinds(code)[first(code, "GET_ITEM")]
    assert kinds[code.varnames.index("x")] == Seq(LIST, SMALL)
    assert kinds[code.varnames.index("y")] == Seq(TUPLE, SMALL)
    assert kinds[code.varnames.index("z")] == Seq(LIST, SMALL)


def test_a_register_rebound_to_another_kind_on_some_path_is_not_known():
    code = function("def f(c):\n    x = [1, 2]\n    if c:\n        x = (3, 4)\n    return x[0]\n")
    assert code.varnames.index("x") not in known_kinds(code)[first(code, "GET_ITEM")]


def test_a_parameter_and_a_value_from_a_call_are_not_known():
    code = function("def f(p):\n    q = list(p)\n    return p[0] + q[0]\n")
    kinds = known_kinds(code)[first(code, "GET_ITEM")]
    assert code.varnames.index("p") not in kinds and code.varnames.index("q") not in kinds


def kinds_at_return(source: str) -> dict:
    """The kinds of the named locals where f returns."""
    code = function(source)
    kinds = known_kinds(code)[first(code, "RETURN")]
    return {name: kinds.get(r) for r, name in enumerate(code.varnames)}


def test_items_of_tuples_and_of_lists_only_this_code_reaches_are_known():
    kinds = kinds_at_return("def f(n):\n    pegs = [[n], [n]]\n    pairs = [(0, 1), (1, 0)]\n"
                            "    pair = pairs[1]\n    a = pair[0]\n    peg = pegs[a]\n    peg.append(n)\n"
                            "    x = peg.pop()\n    return x\n")
    assert kinds["pairs"] == Seq(LIST, Seq(TUPLE, SMALL))
    assert kinds["pair"] == Seq(TUPLE, SMALL) and kinds["a"] == SMALL
    assert kinds["pegs"] == Seq(LIST, Seq(LIST)) and kinds["peg"] == Seq(LIST)
    assert kinds["x"] is None              # the inner lists were put in pegs: anything may be in them


def test_an_index_that_may_be_a_slice_object_gives_no_item():
    # t[s] is a tuple when s is a slice; a[s] = [(4,)] stores the tuple, not the list.
    kinds = kinds_at_return("def f(s):\n    t = (1, 2)\n    x = t[s]\n    a = [[1]]\n    a[s] = [(4,)]\n"
                            "    y = a[0]\n    return t\n")
    assert kinds["t"] == Seq(TUPLE, SMALL) and kinds["x"] is None
    assert kinds["a"] == Seq(LIST) and kinds["y"] is None


def test_a_list_item_appended_or_stored_counts():
    kinds = kinds_at_return("def f(n):\n    a = [1]\n    a.append(2)\n    b = [1]\n    b.append(n)\n"
                            "    c = [1]\n    c[0] = (2, 3)\n    return a\n")
    assert kinds["a"] == Seq(LIST, SMALL)
    assert kinds["b"] == Seq(LIST) and kinds["c"] == Seq(LIST)


def test_list_items_are_forgotten_when_anything_else_may_reach_the_list():
    shared = "    a = [1]\n    b = a\n"
    for escape in ("    g(b)\n",                      # a call may keep it, or change it
                   "    t = (b, 1)\n",                  # in another container, whose reader may change it
                   "    a.insert(0, 'x')\n",            # a method that is not append or pop
                   "    a += [n]\n"):
        kinds = kinds_at_return(f"def f(n):\n{shared}{escape}    return a\n")
        assert kinds["b"] == Seq(LIST), escape


def test_list_items_are_forgotten_where_other_code_may_see_the_frame():
    # A callee may reach the list through sys._getframe(1).f_locals; a handler through the traceback.
    for other in ("    print(n)\n", "    try:\n        n = n + 1\n    except ValueError:\n        pass\n"):
        kinds = kinds_at_return(f"def f(n):\n    a = [1]\n{other}    return a\n")
        assert kinds["a"] == Seq(LIST), other
    assert kinds_at_return("def f(n):\n    t = (1, 2)\n    print(n)\n    return t\n")["t"] == Seq(TUPLE, SMALL)


def test_a_register_that_may_hold_either_of_two_lists_changes_both():
    kinds = kinds_at_return("def f(n):\n    a = [1]\n    b = [2]\n    c = a if n else b\n    c.append('s')\n"
                            "    return a\n")
    assert kinds["a"] == Seq(LIST) and kinds["b"] == Seq(LIST)
