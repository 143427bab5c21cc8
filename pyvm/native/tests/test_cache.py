"""The on-disk cache keeps its folder under a size limit, deleting the entries used longest ago."""
import os
import time

from pyvm.native import cache

DAY = 86400


def entry(folder, key: str, size: int, days_ago: float) -> None:
    """An entry of two files, last used days_ago."""
    for suffix, part in ((".o", size - size // 4), (".meta", size // 4)):
        path = folder / f"{key}{suffix}"
        path.write_bytes(b"x" * part)
        used = time.time() - days_ago * DAY
        os.utime(path, (used, used))


def keys(folder) -> set:
    return {name.split(".")[0] for name in os.listdir(folder) if not name.startswith(".")}


def test_the_entries_used_longest_ago_go_until_three_quarters_of_the_limit_are_left(tmp_path):
    for key, days in (("old", 9), ("older", 10), ("mid", 5), ("new", 1)):
        entry(tmp_path, key, 1000, days)
    # one file of an entry read recently keeps the whole entry
    recent = time.time() - 2 * DAY
    os.utime(tmp_path / "older.meta", (recent, time.time() - 10 * DAY))
    cache.prune(str(tmp_path), 4000)
    assert keys(tmp_path) == {"old", "older", "mid", "new"}          # not over the limit: nothing goes
    cache.prune(str(tmp_path), 3999)
    assert keys(tmp_path) == {"older", "new"}          # down to 3/4 of 3999: two entries of 1000 go
    cache.prune(str(tmp_path), 2000)
    assert keys(tmp_path) == {"older", "new"}
    cache.prune(str(tmp_path), 1999)
    assert sorted(os.listdir(tmp_path)) == ["new.meta", "new.o"]

def test_a_store_looks_at_the_folder_once_every_prune_every_seconds(tmp_path, monkeypatch):
    monkeypatch.setenv("PYVM_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "CACHE_LIMIT", 3000)
    entry(tmp_path, "stale", 4000, 30)
    cache.store("fresh", b"object code", {"function": "f"})
    assert keys(tmp_path) == {"fresh"}
    assert cache.load("fresh") == (b"object code", {"function": "f", "crc32": cache.zlib.crc32(b"object code")})
    entry(tmp_path, "stale", 4000, 30)
    cache.store("second", b"more code", {})
    assert keys(tmp_path) == {"fresh", "second", "stale"}            # looked at a moment ago
    long_ago = time.time() - cache.PRUNE_EVERY - 1
    os.utime(tmp_path / cache.PRUNED, (long_ago, long_ago))
    cache.store("third", b"code", {})
    assert keys(tmp_path) == {"fresh", "second", "third"}
