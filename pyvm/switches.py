"""pyvm's environment variables (README.md, "Switches"), each read and checked here.

An empty variable is an unset one, as for CPython's PYTHON* variables; a value pyvm cannot use
raises BadSwitch, which the command reports on one line naming the variable, with exit status 1,
as CPython stops for a bad PYTHONHASHSEED. `check` reads them all before anything runs.
"""
from __future__ import annotations

import os

HEAP_MB_LIMIT = 1 << 23          # 8 TiB per space: far beyond what mmap gives, and no overflow in bytes


class BadSwitch(Exception):
    pass


def value_of(name: str) -> str | None:
    return os.environ.get(name) or None


def flag(name: str, default: bool = False) -> bool:
    """PYVM_STATS, PYVM_GC_STRESS, PYVM_LOWPY_ASSERTS: 0 or 1."""
    value = value_of(name)
    if value is None:
        return default
    if value not in ("0", "1"):
        raise BadSwitch(f"{name} must be 0 or 1, not {value!r}")
    return value == "1"


def frames() -> str:
    value = value_of("PYVM_FRAMES") or "virtual"
    if value not in ("virtual", "heap"):
        raise BadSwitch(f"PYVM_FRAMES must be virtual or heap, not {value!r}")
    return value


def megabytes(name: str, default: int) -> int:
    value = value_of(name)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= HEAP_MB_LIMIT):
        raise BadSwitch(f"{name} must be a whole number of MiB from 1 to {HEAP_MB_LIMIT}, not {value!r}")
    return int(value)


def heap_megabytes() -> tuple[int, int]:
    """The initial and the largest size of a semispace, in MiB."""
    maximum = megabytes("PYVM_HEAP_MAX_MB", 8 * 1024)
    initial = megabytes("PYVM_HEAP_INITIAL_MB", min(4, maximum))
    if initial > maximum:
        raise BadSwitch(f"PYVM_HEAP_INITIAL_MB ({initial}) is above PYVM_HEAP_MAX_MB ({maximum})")
    return initial, maximum


def dump_ir() -> str | None:
    """The file PYVM_DUMP_IR names, to which the JIT appends; it must be writable."""
    path = value_of("PYVM_DUMP_IR")
    if path is not None:
        try:
            open(path, "a").close()
        except OSError as e:
            raise BadSwitch(f"PYVM_DUMP_IR: cannot open {path!r}: [Errno {e.errno}] {e.strerror}") from None
    return path


def check() -> None:
    """Raise BadSwitch for the first variable with a value pyvm cannot use."""
    for name in ("PYVM_STATS", "PYVM_GC_STRESS", "PYVM_LOWPY_ASSERTS"):
        flag(name)
    frames()
    heap_megabytes()
    dump_ir()
