"""Constant folding follows CPython 3.11's AST optimizer: what it folds, to what, and where it stops."""
import _ast as ast
import dis

import pytest

from pyvm.frontend.scan import Facts

EXPRESSIONS = [
    "1 + 2", "'ab' + 'c'", "-(3)", "not 1", "~5", "~1.5", "+True", "(1, 2)", "(1, -2, ('x', None))", "(1, [2])",
    "(1, 2)[0]", "'abc'[2]", "'abc'[5]", "(1, 2)[2:]", "1 / 0", "7 // 2", "7 % 3", "'%s' % 1", "2 ** -1",
    "(-8) ** 0.5", "2 ** 64", "2 ** 65", "1 << 127", "1 << 128", "1 << -1", "3 * 'ab'", "True * 'ab'", "-1 * 'ab'",
    "'a' * 4096", "'a' * 4097", "(1,) * 256", "(1,) * 257", "((1, 2, 3),) * 256", "((1, 2, 3, 4),) * 256",
    "2 ** 60 * 2 ** 60", "2 ** 60 * 2 ** 70", "1e308 * 10", "__debug__", "(__debug__, x)", "1 & 3 | 4 ^ 1 >> 1",
]


def cpython_constant(source: str):
    """What CPython's compiler makes of x = source: (True, the constant) if it loads one constant."""
    code = compile(f"x = {source}", "t.py", "exec")
    loads = [i for i in dis.get_instructions(code) if i.opname not in ("RESUME", "STORE_NAME", "RETURN_VALUE")][:-1]
    if len(loads) == 1 and loads[0].opname == "LOAD_CONST":
        return True, loads[0].argval
    return False, None


@pytest.mark.parametrize("source", EXPRESSIONS)
def test_folds_what_cpython_folds(source):
    value = Facts(compile(f"x = {source}", "t.py", "exec", ast.PyCF_ONLY_AST)).tree.body[0].value
    got = (True, value.value) if isinstance(value, ast.Constant) else (False, None)
    expected = cpython_constant(source)
    assert got[0] == expected[0]
    assert repr(got[1]) == repr(expected[1]) and type(got[1]) is type(expected[1])
