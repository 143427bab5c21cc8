"""The front end's output cached on disk, as CPython caches .pyc files: a program compiled once is not
parsed and compiled again while its source, its name and the front end stay the same.

Entries live beside the compiled runtime and functions (pyvm/native/cache.py, which keeps them under
its size limit), keyed by the source, the filename (it is in the code), the host Python's version
(its parser and its constant folding), PYTHONHASHSEED (the host's str hashes order constant sets)
and the front end's own sources (this folder and pyvm/bytecode, by name, size and modification
time as the runtime's key). The module is saved with
marshal: for a program of 500 functions and 20,000 lines it loads in 40 ms, where compiling it takes
0.6 s (pickle, which would need the classes to be picklable, loads no faster).

A program's SyntaxWarnings (and DeprecationWarnings of its literals) come from CPython's parser and
compiler, through the warnings module. They are recorded with the entry, whatever the filters say, and
issued again on each run, compiled or loaded, as CPython issues them (warnings.warn_explicit, no
module, no registry), so that PYTHONWARNINGS applies as to `python`. Where a filter makes one an error,
CPython's compiler raises a SyntaxError instead: the program is then compiled again under the filters,
which raises it. A program that does not compile (SyntaxError, or not supported) is never cached.
"""
from __future__ import annotations

import builtins
import marshal
import os
import sys
import time
import warnings

from pyvm import switches
from pyvm.bytecode.code import ModuleCode
from pyvm.frontend.compiler import compile_module, paused_collector
from pyvm.native import cache

FRONTEND_SOURCES = os.path.dirname(os.path.realpath(__file__))
BYTECODE_SOURCES = os.path.join(os.path.dirname(FRONTEND_SOURCES), "bytecode")


class Stats:
    """What the front end cost this process (PYVM_STATS)."""
    seconds = 0.0
    cached = False

    @classmethod
    def report(cls) -> str:
        return (f"pyvm stats: front end: {cls.seconds * 1000:.1f} ms, "
                f"{'loaded from the cache' if cls.cached else 'compiled'}\n")


def key_of(source, filename: str) -> str:
    text = source if isinstance(source, bytes) else b"str:" + source.encode("utf-8", "surrogatepass")
    stamps = [cache.stamp(p) for p in cache.python_files(FRONTEND_SOURCES) + cache.python_files(BYTECODE_SOURCES)]
    seed = str(switches.hash_seed()).encode()      # constant sets of strs are ordered by the host's hashes
    return cache.key_of([b"front end", sys.version.encode(), filename.encode("utf-8", "surrogatepass"), text,
                         seed] + stamps)


def compile_cached(source, filename: str) -> ModuleCode:
    """compile_module(source, filename), from the cache when it holds it; SyntaxError and Unsupported
    propagate as compile_module raises them."""
    began = time.perf_counter()
    key = key_of(source, filename)
    module = load(key)
    Stats.cached = module is not None
    if module is None:
        with warnings.catch_warnings(record=True) as recorded:
            warnings.simplefilter("always")
            try:
                module = compile_module(source, filename)
            except BaseException as e:
                error = e
        issued = [(str(w.message), w.category, w.filename, w.lineno) for w in recorded]
        if module is None:
            issue(issued, source, filename)
            raise error
        store(key, module, issued)
    else:
        module, issued = module
    module.fingerprint = key
    Stats.seconds += time.perf_counter() - began
    return issue(issued, source, filename) or module


def load(key: str):
    """(the module, the warnings to issue) from the cache, or None."""
    entry = cache.load(key)
    if entry is None:
        return None
    try:
        with paused_collector():
            module = ModuleCode.from_marshal(marshal.loads(entry[0]))
        return module, [(message, getattr(builtins, category), path, line)
                        for message, category, path, line in entry[1]["warnings"]]
    except (ValueError, EOFError, TypeError, KeyError, AttributeError):    # another layout: compiled again
        return None


def store(key: str, module: ModuleCode, issued: list) -> None:
    if any(getattr(builtins, category.__name__, None) is not category for _, category, _, _ in issued):
        return                          # a warning of a class this module cannot name again
    try:
        data = marshal.dumps(module.to_marshal())
    except ValueError:                  # a constant marshal cannot write
        return
    cache.store(key, data, {"warnings": [(message, category.__name__, path, line)
                                         for message, category, path, line in issued]})


def issue(issued: list, source, filename: str) -> ModuleCode | None:
    """Issue the warnings of compiling source; should a filter make one an error, compile it again
    under the filters, as `python` does (which raises the SyntaxError), and return that."""
    try:
        for message, category, path, line in issued:
            warnings.warn_explicit(message, category, path, line)
        return None
    except Warning:
        pass
    return compile_module(source, filename)         # outside the except clause: no "During handling"
