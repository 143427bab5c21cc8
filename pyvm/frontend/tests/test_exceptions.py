"""How try statements compile: the exception table, finally copies, and the compile-time errors."""
import pytest

from pyvm.frontend.compiler import compile_module


def function_code(source, name="f"):
    module = compile_module(source, "t.py")
    return next(c for c in module.walk() if c.name == name)


def opnames(code):
    return [ins[0] for ins in code.instructions]


def test_the_try_body_is_covered_and_the_handler_is_not():
    code = function_code("def f(a, b):\n    try:\n        x = a / b\n    except ZeroDivisionError:\n        x = 0\n"
                         "    return x\n")
    divide = opnames(code).index("BINARY")
    (start, end, handler, register), *rest = code.exception_table
    assert start <= divide < end
    assert code.instructions[handler][0] == "PUSH_EXC_INFO" and code.instructions[handler][2] == register
    assert all(not (s <= handler < e) or h != handler for s, e, h, _ in code.exception_table)


def test_a_return_inside_try_finally_runs_a_copy_of_the_finally_clause_outside_the_try():
    code = function_code("def f():\n    try:\n        return g()\n    finally:\n        h()\n")
    names = opnames(code)
    # g(), then h() from the copy on the return path, then RETURN; the copy is not covered by the
    # handler that runs the exception-path copy of h().
    first_return = names.index("RETURN")
    calls = [i for i, n in enumerate(names) if n == "CALL"]
    assert calls[0] < calls[1] < first_return
    assert code.handler_at(calls[0]) is not None
    assert code.handler_at(calls[1]) is None
    assert names.count("RERAISE") >= 1


def test_code_after_a_return_or_a_raise_is_not_emitted():
    code = function_code("def f(x):\n    if x:\n        return 1\n        x = g()\n    else:\n        raise E\n"
                         "        h()\n    return 2\n")
    assert opnames(code).count("CALL") == 0
    assert "BINARY" not in opnames(function_code("def f():\n    return 1\n    while True:\n        x = 1 + y\n"))


def test_an_empty_try_body_has_no_handler_code():
    code = function_code("def f():\n    try:\n        pass\n    except ValueError:\n        g()\n")
    assert "CALL" not in opnames(code) and not code.exception_table


def nested_finally(depth):
    """try/finally nested depth times inside each finally clause, each try body returning."""
    source, pad = "def f(x):\n", "    "
    for i in range(depth):
        source += f"{pad}try:\n{pad}    x += {i}\n{pad}    return x\n{pad}finally:\n"
        pad += "    "
    return source + f"{pad}return x\n"


@pytest.mark.parametrize("depth", [3, 6, 8])
def test_nested_finally_clauses_grow_as_in_cpython(depth):
    # Each clause is copied onto the return path and the exception path; the copy on the way out
    # by falling through is dead. Emitting it too made 3**depth copies instead of 2**depth.
    source = nested_finally(depth)
    theirs = next(c for c in compile(source, "t.py", "exec").co_consts if hasattr(c, "co_code"))
    assert len(function_code(source).instructions) <= len(theirs.co_code) // 2


def test_a_parameter_bound_by_except_as_is_checked_when_read():
    code = function_code("def f(e):\n    try:\n        g()\n    except ValueError as e:\n        pass\n    return e\n")
    assert "UNBIND" in opnames(code)
    assert "CHECK_BOUND" in opnames(code)


@pytest.mark.parametrize("source, message", [
    ("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last"),
    ("break\n", "'break' outside loop"),
    ("def f():\n    continue\n", "'continue' not properly in loop"),
])
def test_compile_errors_as_cpython_gives_them(source, message):
    with pytest.raises(SyntaxError) as ours:
        compile_module(source, "t.py")
    with pytest.raises(SyntaxError) as theirs:
        compile(source, "t.py", "exec")
    assert ours.value.msg == theirs.value.msg == message
    assert ours.value.lineno == theirs.value.lineno
    assert ours.value.offset == theirs.value.offset


def test_handler_at_gives_the_innermost_handler_covering_an_instruction():
    code = function_code("def f():\n    try:\n        g()\n        try:\n            h()\n        except E:\n            k()\n"
                         "    finally:\n        m()\n")

    def innermost(index):
        # the exception table lists inner handlers first
        return next(((h, r) for s, e, h, r in code.exception_table if s <= index < e), None)
    assert any(innermost(i) != innermost(j) for i in range(len(code.instructions)) for j in range(i))
    assert [code.handler_at(i) for i in range(len(code.instructions))] == [
        innermost(i) for i in range(len(code.instructions))]


def test_a_with_covers_its_target_and_body_but_not_entering_nor_the_exit_calls():
    code = function_code("def f(m):\n    with m as (a, b):\n        g()\n        if a:\n            return b\n")
    names = opnames(code)
    enter, unpack, body_call = names.index("BEFORE_WITH"), names.index("UNPACK"), names.index("CALL")
    handler = code.handler_at(unpack)
    assert handler is not None and code.handler_at(body_call) == handler and code.handler_at(enter) is None
    assert names[handler[0]:handler[0] + 2] == ["PUSH_EXC_INFO", "WITH_EXCEPT_START"]
    # __exit__(None, None, None): once on the return path and once falling through, both outside the with
    exit_register = code.instructions[enter][1][0]
    exits = [i for i, ins in enumerate(code.instructions) if ins[0] == "CALL" and ins[2] == exit_register]
    assert len(exits) == 2 and all(code.handler_at(i) is None for i in exits)
    assert exits[0] < names.index("RETURN") < exits[1] < handler[0]
