import itertools
import textwrap

import pytest

from pyvm.native import load_runtime

_names = itertools.count()


class Compiled:
    """A lowpy module compiled against the runtime: `m.f(1, 2)` calls its function f."""

    def __init__(self, rt, name):
        self.rt = rt
        self.name = name

    def __getattr__(self, function):
        symbol = f"{self.name}.{function}"
        return lambda *args: self.rt.call(symbol, *args)


@pytest.fixture(scope="session")
def rt():
    return load_runtime()


@pytest.fixture
def lowpy(rt):
    def compile_source(source: str) -> Compiled:
        name = f"test{next(_names)}"
        rt.compile_lowpy("from pyvm.lowpy.lang import *\n" + textwrap.dedent(source), name, f"{name}.py")
        return Compiled(rt, name)
    return compile_source
