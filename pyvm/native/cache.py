"""The on-disk cache of the compiled runtime (DESIGN.md 4): only the first start on a machine builds it.

Entries are keyed by a hash of everything that goes into the build (the lowpy
sources and the compiler, each by name, size and modification time as CPython
checks its .pyc files; pyvm's and llvmlite's versions; the build options) and
carry a checksum of the object code (CRC-32: it guards against truncated or
damaged files, not against tampering), so that a stale or corrupt entry is
rebuilt instead of loaded.

The folder is kept under CACHE_LIMIT: at most once every PRUNE_EVERY seconds, a
store looks at its size and deletes the entries used longest ago (last read or
written: Linux's default relatime updates a file's access time about once a day).
"""
from __future__ import annotations

import _thread
import marshal                      # built in: json's import and parsing cost 1.8 ms of every start
import os
import time
import zlib

try:
    from _sha256 import sha256      # CPython's own: hashlib would load OpenSSL (2 ms) to hash a few short keys
except ImportError:                  # pragma: no cover - other Pythons
    from hashlib import sha256


CACHE_LIMIT = 256 << 20          # bytes: about 15,000 compiled functions beside the runtime
PRUNE_EVERY = 3600               # seconds between two looks at the folder's size
PRUNED = ".pruned"               # the marker whose modification time says when the last look was


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
    meta = dict(meta, crc32=zlib.crc32(data))
    folder = cache_dir()
    try:
        os.makedirs(folder, exist_ok=True)
        for suffix, content in ((".o", data), (".meta", marshal.dumps(meta))):
            # A name of this process's own (tempfile's import costs 4 ms: every new program stores its
            # front end's output), created only if it is not there, as mkstemp does.
            tmp = os.path.join(folder, f".{key}{suffix}.{os.getpid()}.{_thread.get_ident()}")
            with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as f:
                f.write(content)
            os.replace(tmp, os.path.join(folder, f"{key}{suffix}"))
        prune_now_and_then(folder)
    except OSError:
        pass


def prune_now_and_then(folder: str) -> None:
    """prune(), unless the folder was looked at less than PRUNE_EVERY seconds ago (listing 30,000
    files took 150 ms here: too long for every function compiled)."""
    marker = os.path.join(folder, PRUNED)
    try:
        if time.time() - os.stat(marker).st_mtime < PRUNE_EVERY:
            return
    except OSError:
        pass
    with open(marker, "wb"):
        pass
    prune(folder, CACHE_LIMIT)


def prune(folder: str, limit: int) -> None:
    """When the folder holds more than limit bytes, delete the entries used longest ago until it
    holds at most three quarters of it (so that the next look finds room). An entry is the files
    of one key (key.o, key.meta, ...); a process that finds one gone, or half gone, rebuilds it."""
    entries = {}                          # key -> [last used, bytes, paths]
    with os.scandir(folder) as listing:
        for item in listing:
            if item.name == PRUNED or not item.is_file(follow_symlinks=False):
                continue
            st = item.stat(follow_symlinks=False)
            key = item.name if item.name.startswith(".") else item.name.split(".", 1)[0]   # ".": a temporary file
            entry = entries.setdefault(key, [0.0, 0, []])
            entry[0] = max(entry[0], st.st_atime, st.st_mtime)
            entry[1] += st.st_size
            entry[2].append(item.path)
    total = sum(size for _, size, _ in entries.values())
    if total <= limit:
        return
    for _, size, paths in sorted(entries.values()):
        for path in paths:
            try:
                os.unlink(path)
            except OSError:
                pass
        total -= size
        if total <= limit * 3 // 4:
            break
