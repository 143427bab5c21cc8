"""Calls compiled inline (passes.calls_to_inline): which callee a call most likely
makes, and which calls get the callee's code. tests/programs/jit_inlined_calls.py checks that an
inlined call behaves as a call."""
import os
import re
import subprocess
import sys

from pyvm.frontend.compiler import compile_module
from pyvm.jit.analysis import global_functions, in_loops
from pyvm.jit.passes import INLINED_FUNCTION
from pyvm.jit.tests.test_analysis import first, function


def test_a_global_only_a_def_at_module_level_binds_most_likely_holds_that_function():
    module = compile_module("def f():\n    pass\n\ndef g():\n    pass\n\ndef h():\n    global g\n    g = 1\n\n"
                            "def k():\n    pass\n\nk = 2\nif f:\n    def m():\n        pass\n", "<test>")
    found = {module.global_names[slot]: code.name for slot, code in global_functions(module).items()}
    assert found == {"f": "f", "h": "h", "m": "m"}        # g is rebound by h, k at module level


def test_the_instructions_of_loops_are_those_between_a_jump_back_and_its_target():
    code = function("def f(n):\n    x = g(1)\n    for i in range(n):\n        while n:\n            n = g(n)\n"
                    "    return g(x)\n")
    calls = [i for i, ins in enumerate(code.instructions) if ins[0] == "CALL"]
    looping = in_loops(code)
    assert [i in looping for i in calls] == [False, True, False]
    assert first(code, "RANGE_NEXT") in looping and first(code, "RETURN") not in looping


def calls_inlined(tmp_path, source: str, *options) -> tuple[str, int]:
    program = tmp_path / "program.py"
    program.write_text(source)
    result = subprocess.run([sys.executable, "-m", "pyvm.cli", *options, str(program)], capture_output=True,
                            text=True, env=dict(os.environ, PYVM_STATS="1", PYVM_CACHE_DIR=str(tmp_path / "cache")))
    assert result.returncode == 0, result.stderr
    return result.stdout, int(re.search(r"(\d+) calls inlined", result.stderr).group(1))


def test_small_functions_called_in_loops_are_inlined_and_the_count_comes_back_from_the_cache(tmp_path):
    source = ("def add(a, b):\n    return a + b\n\ndef total(n):\n    t = 0\n    for i in range(n):\n"
              "        t = add(t, i)\n    while t > 100:\n        t = add(t, -100)\n    return t\n\n"
              "print(total(50))\nfor i in range(2):\n    print(add(i, 1))\n")
    expected = ("25\n1\n2\n", 3)          # two calls in total (one copy of add), one in the module's loop
    assert calls_inlined(tmp_path, source) == expected
    assert calls_inlined(tmp_path, source) == expected
    assert calls_inlined(tmp_path, source, "--frames=heap") == (expected[0], 0)


def test_calls_made_once_and_big_callees_are_not_inlined_recursive_calls_are_once(tmp_path):
    body = "".join(f"    x = x * {i} + 1\n" for i in range(INLINED_FUNCTION // 4))
    source = (f"def big(x):\n{body}    return x % 7\n\n"
              "def fact(n):\n    r = 1\n    for i in range(2):\n        if n > 1:\n            r = n * fact(n - 1)\n"
              "    return r\n\n"
              "def two(a, b=1):\n    return a + b\n\n"
              "def f():\n    s = two(1)\n    for i in range(3):\n        s = s + big(i) + two(i)\n    return s\n\n"
              "print(fact(5), f(), two(2, 2))\n")
    # two(i), its b from the defaults; fact(n - 1), whose copy calls fact
    assert calls_inlined(tmp_path, source) == ("120 11 4\n", 2)


def test_calls_with_keywords_and_defaults_are_bound_when_compiled_and_inlined(tmp_path):
    source = ("def f(a, b=10, *, c=100):\n    return a + b + c\n\n"
              "def g(n):\n    t = 0\n    for i in range(n):\n        t = t + f(i) + f(b=i, a=1) + f(i, c=i)\n"
              "    return t + f(1, c=2)\n\n"              # bound, not inlined: outside the loop
              "def star(*args):\n    return args\n\n"
              "def h(n):\n    for i in range(n):\n        star(i)\n        f(i, d=1)\n\n"
              "print(g(3))\ntry:\n    h(2)\nexcept TypeError as e:\n    print(e)\n")
    # g's three calls share one copy of f; star() (*args) and f(i, d=1) (an error) go through the runtime
    assert calls_inlined(tmp_path, source) == ("688\nf() got an unexpected keyword argument 'd'\n", 3)
