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


class FatalError(BadSwitch):
    """A bad PYTHONHASHSEED: CPython's own report, printed as it is."""


HASH_SEED_ERROR = ('Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an integer '
                   'in range [0; 4294967295]\nPython runtime state: preinitialized\n')


def value_of(name: str) -> str | None:
    return os.environ.get(name) or None


def flag(name: str, default: bool = False) -> bool:
    """PYVM_STATS, PYVM_GC_STRESS, PYVM_LOWPY_ASSERTS, PYVM_PERF_MAP: 0 or 1."""
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


TIERS = ("tiered", "baseline", "optimized", "random")
TIER_UP_AFTER = 1000


def tier() -> str:
    """PYVM_TIER: tiered (the default: the interpreter first, LLVM's code once hot), baseline (the
    interpreter only), optimized (LLVM's code from the first call), random (tier-up at random points,
    for tests; PYVM_TIER_SEED picks them)."""
    value = value_of("PYVM_TIER") or "tiered"
    if value not in TIERS:
        raise BadSwitch(f"PYVM_TIER must be one of {', '.join(TIERS)}, not {value!r}")
    return value


def tier_up_after() -> int:
    """PYVM_TIER_UP_AFTER: the calls and turns of its loops after which code is compiled."""
    value = value_of("PYVM_TIER_UP_AFTER")
    if value is None:
        return TIER_UP_AFTER
    if not (value.isascii() and value.isdigit() and 1 <= int(value) <= 1 << 40):
        raise BadSwitch(f"PYVM_TIER_UP_AFTER must be a whole number from 1 to {1 << 40}, not {value!r}")
    return int(value)


def hash_seed() -> int | None:
    """PYTHONHASHSEED as CPython's config_init_hash_seed reads it (C's strtoul in base 10: leading
    space and a sign allowed, nothing after the digits): None for a random seed (unset or "random")."""
    value = value_of("PYTHONHASHSEED")
    if value is None or value == "random":
        return None
    text = value.lstrip(" \t\n\v\f\r")
    negative = text[:1] == "-"
    digits = text[1:] if text[:1] in "+-" else text
    if not (digits.isascii() and digits.isdigit()) or int(digits) > 4294967295 or negative and int(digits):
        raise FatalError(HASH_SEED_ERROR)
    return int(digits)


def hash_key(seed: int | None) -> tuple[int, int]:
    """The SipHash key (k0, k1) as CPython's _Py_HashRandomization_Init makes it: random bytes without
    a seed, zeros for 0, else the bytes of lcg_urandom (Python/bootstrap_hash.c) from the seed."""
    if seed is None:
        key = os.urandom(16)
    else:
        x, out = seed, bytearray(16)
        for i in range(16 if seed else 0):
            x = (x * 214013 + 2531011) & 0xFFFFFFFF
            out[i] = (x >> 16) & 0xFF
        key = bytes(out)
    return int.from_bytes(key[:8], "little"), int.from_bytes(key[8:], "little")


def check() -> None:
    """Raise BadSwitch for the first variable with a value pyvm cannot use."""
    for name in ("PYVM_STATS", "PYVM_GC_STRESS", "PYVM_LOWPY_ASSERTS", "PYVM_PERF_MAP"):
        flag(name)
    frames()
    tier()
    tier_up_after()
    heap_megabytes()
    dump_ir()
    hash_seed()
