"""Fixtures shared by the runtime's tests: the loaded runtime, and a root area for arguments."""
import pytest

from pyvm.native import load_runtime
from pyvm.runtime.tests.test_ops import RootArray


@pytest.fixture(scope="module")
def rt():
    return load_runtime()


@pytest.fixture(scope="module")
def area(rt):
    a = RootArray(rt)
    yield a
    rt.fn("gc.roots.remove_range")(a.address)
