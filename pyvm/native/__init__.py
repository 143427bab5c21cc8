"""From lowpy to running native code: LLVM (engine), the on-disk cache, the object loader, the loaded runtime.

`load_runtime()` is the entry point: it builds the runtime unit (or loads it
from the cache) into the process and returns a `Runtime`.
"""
from pyvm.native.runtime import Root, Runtime, load_runtime

__all__ = ["Root", "Runtime", "load_runtime"]
