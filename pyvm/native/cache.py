"""The on-disk cache of the compiled runtime (DESIGN.md 4): only the first start on a machine builds it.

Entries are keyed by a hash of everything that goes into the build (the lowpy
sources and the compiler, each by name, size and modification time as CPython
checks its .pyc files; pyvm's and llvmlite's versions; the build options) and
carry a checksum of the object code (CRC-32: it guards against truncated or
damaged files, not against tampering), so that a stale or corrupt entry is
rebuilt instead of loaded.
"""
from __future__ import annotations

import marshal                      # built in: json's import and parsing cost 1.8 ms of every start
import os
import zlib

try:
    from _sha256 import sha256      # CPython's own: hashlib would load OpenSSL (2 ms) to hash a few short keys
except ImportError:                  # pragma: no cover - other Pythons
    from hashlib import sha256


def cache_dir() -> str:
    if os.environ.get("PYVM_CACHE_DIR"):
        return os.environ["PYVM_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "pyvm")


def python_files(folder: str) -> list[str]:
    """The paths of a folder's .py files, sorted (os.path, not pathlib: its import costs 3 ms of every start)."""
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".py")]


def stamp(path: str) -> bytes:
    """A source file as a cache key sees it: its name, size and modification time. CPython validates
    its .pyc files the same way; reading and hashing the contents of the runtime's ~70 sources cost
    15 ms of every start."""
    st = os.stat(path)
    return f"{os.path.basename(path)}:{st.st_size}:{st.st_mtime_ns}".encode()


def key_of(parts: list[bytes]) -> str:
    h = sha256()
    for p in parts:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()[:32]


def load(key: str) -> tuple[bytes, dict] | None:
    """The cached object code and metadata for key, or None when missing or damaged."""
    folder = cache_dir()
    try:
        with open(os.path.join(folder, f"{key}.meta"), "rb") as f:
            meta = marshal.loads(f.read())
        with open(os.path.join(folder, f"{key}.o"), "rb") as f:
            data = f.read()
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(meta, dict) or meta.get("crc32") != zlib.crc32(data):
        return None
    return data, meta


def store(key: str, data: bytes, meta: dict) -> None:
    """Write an entry atomically; a cache that cannot be written is only slower, never an error."""
    import tempfile                    # only a cache miss writes: runs from a warm cache skip the import
    meta = dict(meta, crc32=zlib.crc32(data))
    folder = cache_dir()
    try:
        os.makedirs(folder, exist_ok=True)
        for suffix, content in ((".o", data), (".meta", marshal.dumps(meta))):
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{key}")
            with os.fdopen(fd, "wb") as f:
                f.write(content)
            os.replace(tmp, os.path.join(folder, f"{key}{suffix}"))
    except OSError:
        pass
