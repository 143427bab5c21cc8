"""The semispace collector: objects survive and move, memory is reused and given back."""
import os
import subprocess
import sys
import textwrap

import pytest

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"

NODES = """
    from pyvm.runtime.object import Object, small, small_value
    from pyvm.runtime.tupleobj import Tuple
    from pyvm.gc.heap import collect

    class Node(Object, name="node"):
        value: Word
        payload: Word          # a tuple, so that variable-size objects move too
        next: Word

    head: Word = cast(Word, 0)

    def build(n: i64) -> bool:
        global head
        for i in range(n):
            node = new(Node)
            if not node:
                return False
            node.value = small(i)
            t = new(Tuple, 2)
            if not t:
                return False
            t.items[0] = small(i * 3)
            t.items[1] = node.value
            node.payload = cast(Word, t)
            node.next = head
            head = cast(Word, node)
        return True

    def checksum() -> i64:
        total = 0
        count = 0
        w = head
        while w:
            node = cast(Ptr[Node], w)
            t = cast(Ptr[Tuple], node.payload)
            if small_value(t.items[0]) != 3 * small_value(node.value) or t.items[1] != node.value:
                return -1
            total += small_value(node.value)
            count += 1
            w = node.next
        return total * 1000 + count

    def garbage(n: i64) -> None:
        for i in range(n):
            new(Tuple, 4)

    def force(times: i64) -> None:
        for i in range(times):
            collect(0)

    def drop() -> None:
        global head
        head = cast(Word, 0)
"""


def test_a_million_nodes_survive_hundreds_of_collections(lowpy, rt):
    n = 2000 if STRESS else 1_000_000
    m = lowpy(NODES)
    before = rt.gc_stats()["collections"]
    assert m.build(n)
    expected = sum(range(n)) * 1000 + n
    assert m.checksum() == expected
    for _ in range(10):
        m.garbage(1000 if STRESS else 200_000)
        m.force(20)
        assert m.checksum() == expected
    assert rt.gc_stats()["collections"] - before >= 200
    m.drop()


def test_heap_grows_for_live_data_and_shrinks_after(lowpy, rt):
    m = lowpy(NODES)
    capacity = lambda: rt.global_i64("gc.heap.end") - rt.global_i64("gc.heap.start")
    # The sizing policy under test needs ordinary collections, also in a stress-mode run.
    was_stressed = rt.call("gc.heap.set_stress", False)
    try:
        n = 300_000                              # about 20 MiB live
        assert m.build(n)
        m.force(2)
        grown = capacity()
        assert grown >= 2 * n * 56
        m.drop()
        m.force(12)
        assert capacity() <= grown // 8
    finally:
        rt.call("gc.heap.set_stress", was_stressed)


def test_out_of_memory_raises_memory_error(lowpy):
    m = lowpy("""
        from pyvm.runtime.tupleobj import Tuple

        def huge(n: i64) -> Word:
            return cast(Word, new(Tuple, n))
    """)
    for n in (1 << 40, 1 << 62, -1):
        with pytest.raises(MemoryError):
            m.huge(n)
    assert m.huge(3) != 0                      # and the heap still works


def test_temporaries_and_locals_are_rooted(lowpy, rt):
    m = lowpy("""
        from pyvm.runtime.object import small, small_value
        from pyvm.runtime.tupleobj import Tuple
        from pyvm.gc.heap import set_stress

        def box(v: i64) -> Word:
            t = new(Tuple, 1)
            t.items[0] = small(v)
            return cast(Word, t)

        def pair(a: Word, b: Word) -> Word:
            t = new(Tuple, 2)
            t.items[0] = a
            t.items[1] = b
            return cast(Word, t)

        def unbox(w: Word) -> i64:
            return small_value(cast(Ptr[Tuple], w).items[0])

        def nested(n: i64) -> i64:
            was = set_stress(True)       # every allocation below moves every object
            total = 0
            kept = box(n)
            for i in range(n):
                p = pair(box(i), pair(box(i + 1), box(i + 2)))
                inner = cast(Ptr[Tuple], p).items[1]
                total += unbox(cast(Ptr[Tuple], p).items[0]) + unbox(cast(Ptr[Tuple], inner).items[1])
            set_stress(was)
            return total * 1000 + unbox(kept)
    """)
    n = 200
    assert m.nested(n) == sum(i + (i + 2) for i in range(n)) * 1000 + n


# The child reports its own peak resident memory: getrusage would include the forked parent's.
REPORT_PEAK = """
import sys
from pyvm.cli import main
code = main(["lowpy", sys.argv[1]])
peak = [line for line in open("/proc/self/status") if line.startswith("VmHWM")][0].split()[1]
print(peak, file=sys.stderr)
sys.exit(code)
"""


def run_lowpy_program(tmp_path, source: str):
    """Run `pyvm lowpy` on source in a child process; returns (exit code, peak RSS in KiB)."""
    path = tmp_path / "program.py"
    path.write_text("from pyvm.lowpy.lang import *\n" + textwrap.dedent(source))
    child = subprocess.run([sys.executable, "-c", REPORT_PEAK, str(path)], capture_output=True, text=True)
    return child.returncode, int(child.stderr.split()[-1])


def test_ten_gigabytes_of_short_lived_objects_in_little_memory(tmp_path):
    total = (10 << 20) if STRESS else (10 << 30)
    code, rss_kib = run_lowpy_program(tmp_path, f"""
        from pyvm.runtime.tupleobj import Tuple
        from pyvm.runtime.object import small

        def main() -> i64:
            keep = new(Tuple, 1)
            allocated = 0
            while allocated < {total}:
                t = new(Tuple, 6)          # 64 bytes
                t.items[0] = small(allocated)
                keep.items[0] = cast(Word, t)
                allocated += 64
            return 0
    """)
    assert code == 0
    assert rss_kib < 200 * 1024, f"resident memory reached {rss_kib // 1024} MiB"
