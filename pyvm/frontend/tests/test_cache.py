"""The front end's disk cache (frontend/cache.py): a program compiled once loads as it compiled, its
warnings come out on every run under the filters of that run, and what does not compile is not kept."""
import os
import warnings

import pytest

from pyvm.frontend import cache
from pyvm.frontend.cache import compile_cached
from pyvm.frontend.compiler import compile_module

PROGRAM = '''\
"""doc"""
def f(a, *b, c=2.5, **d):
    def g():
        return a + c
    try:
        del a
    except NameError as e:
        pass
    return g, (1, -0.0, None, ..., b"\\x00y"), "x"
print(f(1)[1] is 1, "\\d")
'''


def cpython_warnings(source, filename="prog.py"):
    with warnings.catch_warnings(record=True) as issued:
        warnings.simplefilter("always")
        compile(source, filename, "exec")
    return [(str(w.message), w.category, w.lineno) for w in issued]


WARNINGS = cpython_warnings(PROGRAM)          # a DeprecationWarning and a SyntaxWarning


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PYVM_CACHE_DIR", str(tmp_path))
    return tmp_path


def compiled(source, filename="prog.py", action="always"):
    """(the module, (message, category, line) of each warning issued) of compile_cached(source)."""
    with warnings.catch_warnings(record=True) as issued:
        warnings.simplefilter(action)
        module = compile_cached(source, filename)
    return module, [(str(w.message), w.category, w.lineno) for w in issued if w.filename == filename]


def test_a_program_compiled_again_is_loaded_as_it_was_compiled():
    first, _ = compiled(PROGRAM.encode())
    assert not cache.Stats.cached
    second, _ = compiled(PROGRAM.encode())
    assert cache.Stats.cached
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert second.to_marshal() == first.to_marshal() == compile_module(PROGRAM.encode(), "prog.py").to_marshal()
    assert second.fingerprint == first.fingerprint
    module, f, g = second.walk()
    assert (1, -0.0, None, ..., b"\x00y") in f.consts          # bytes constants too
    assert f.children() == [g] and g.module is second and g.positions[-1][0] == 4 and g.freevars == ["a", "c"]


@pytest.mark.parametrize("other", [(PROGRAM + "\n").encode(), PROGRAM])
def test_another_source_or_name_is_compiled(other):
    compiled(PROGRAM.encode())
    compiled(other, "prog.py" if isinstance(other, bytes) else "<string>")
    assert not cache.Stats.cached
    compiled(PROGRAM.encode(), "other.py")
    assert not cache.Stats.cached


def test_the_warnings_come_out_on_every_run_whatever_the_filters_of_the_first():
    assert compiled(PROGRAM.encode(), action="ignore")[1] == []
    assert compiled(PROGRAM.encode())[1] == WARNINGS
    assert cache.Stats.cached
    assert compiled(PROGRAM.encode())[1] == WARNINGS


def test_a_warning_made_an_error_raises_the_syntax_error_cpython_raises():
    compiled(PROGRAM.encode())
    with pytest.raises(SyntaxError) as expected, warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(PROGRAM, "prog.py", "exec")
    with pytest.raises(SyntaxError) as got:
        compiled(PROGRAM.encode(), action="error")
    assert cache.Stats.cached and got.value.__context__ is None        # printed alone, as CPython's
    assert (got.value.msg, got.value.lineno, got.value.offset) == (expected.value.msg, expected.value.lineno,
                                                                  expected.value.offset)


def test_what_does_not_compile_is_not_cached(cache_dir):
    with pytest.raises(SyntaxError):
        compiled(b"x = 1 is 1\ndef f(:\n")
    with pytest.raises(SyntaxError):
        compiled(b"x = 1 is 1\ndef f(:\n")
    assert os.listdir(cache_dir) == []
