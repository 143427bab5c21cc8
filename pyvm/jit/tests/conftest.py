"""The JIT's tests look at LLVM's code: the programs they run are compiled at their first call
(PYVM_TIER=optimized), not interpreted first (docs/tiers.md)."""
import pytest


@pytest.fixture(autouse=True)
def optimized_tier(monkeypatch):
    monkeypatch.setenv("PYVM_TIER", "optimized")
