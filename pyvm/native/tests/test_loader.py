"""The object loader: objects built by LLVM placed in memory and called, without LLVM's engine."""
import ctypes
import marshal
import struct
import subprocess
import sys

import pytest

from pyvm.native import engine, loader


def load(ir_text: str) -> None:
    loader.load_object(engine.emit_object(engine.optimize(ir_text)))


def function(symbol: str, *params):
    return ctypes.CFUNCTYPE(ctypes.c_int64, *params)(loader.address(symbol))


def test_code_data_and_the_c_library():
    load("""
        @loader.t1.counter = global i64 41
        @.msg = private constant [6 x i8] c"hello\\00"
        declare i64 @strlen(ptr)
        define i64 @loader.t1.bump() {
          %v = load i64, ptr @loader.t1.counter
          %w = add i64 %v, 1
          store i64 %w, ptr @loader.t1.counter
          ret i64 %w
        }
        define i64 @loader.t1.hello_length() {
          %n = call i64 @strlen(ptr @.msg)
          ret i64 %n
        }
    """)
    bump = function("loader.t1.bump")
    assert bump() == 42 and bump() == 43
    assert ctypes.c_int64.from_address(loader.address("loader.t1.counter")).value == 43
    assert function("loader.t1.hello_length")() == 5


def test_an_object_uses_what_an_earlier_one_and_add_symbol_define():
    load("""
        @loader.t2.base = global i64 1000
        define i64 @loader.t2.twice(i64 %x) {
          %y = mul i64 %x, 2
          ret i64 %y
        }
    """)
    cell = ctypes.c_int64(7)
    loader.add_symbol("loader.t2.cell", ctypes.addressof(cell))
    load("""
        @loader.t2.base = external global i64
        @loader.t2.cell = external global i64
        declare i64 @loader.t2.twice(i64)
        define i64 @loader.t2.use() {
          %b = load i64, ptr @loader.t2.base
          %c = load i64, ptr @loader.t2.cell
          %d = call i64 @loader.t2.twice(i64 %c)
          %r = add i64 %b, %d
          ret i64 %r
        }
    """)
    assert function("loader.t2.use")() == 1014
    cell.value = 10
    assert function("loader.t2.use")() == 1020


def test_jump_tables_in_read_only_data():
    # A dense switch becomes a table of code addresses in .rodata, each one relocated.
    cases = "\n".join(f"i64 {k}, label %c{k}" for k in range(12))
    blocks = "\n".join(f"c{k}:\n  ret i64 {k * k + 3}" for k in range(12))
    load(f"""
        define i64 @loader.t3.pick(i64 %k) {{
        entry:
          switch i64 %k, label %other [ {cases} ]
        {blocks}
        other:
          ret i64 -1
        }}
    """)
    pick = function("loader.t3.pick", ctypes.c_int64)
    assert [pick(k) for k in range(-1, 13)] == [-1] + [k * k + 3 for k in range(12)] + [-1]


def test_an_undefined_symbol_is_named():
    with pytest.raises(loader.LoadError, match="undefined symbol loader.t4.missing"):
        load("""
            declare i64 @loader.t4.missing()
            define i64 @loader.t4.call() {
              %r = call i64 @loader.t4.missing()
              ret i64 %r
            }
        """)


def test_what_is_not_an_x86_64_object_is_refused():
    with pytest.raises(loader.LoadError, match="not an x86-64 ELF relocatable object"):
        loader.load_object(b"\x7fELF" + bytes(60))


def test_relative_relocations_and_their_range():
    image = bytearray(8)
    loader._relocate(image, 0, 0x1000, loader.R_X86_64_PC32, 0x1000 + 4 - 0x80)
    assert struct.unpack_from("<i", image)[0] == 4 - 0x80
    loader._relocate(image, 0, 0x1000, loader.R_X86_64_PC64, 0x10)
    assert struct.unpack_from("<q", image)[0] == 0x10 - 0x1000
    with pytest.raises(loader.LoadError, match="out of range"):
        loader._relocate(image, 0, 0, loader.R_X86_64_PLT32, 1 << 40)
    with pytest.raises(loader.LoadError, match="relocation type 99 is not supported"):
        loader._relocate(image, 0, 0, 99, 0)


PRELINK_IR = """
    @loader.{name}.message = global [6 x i8] c"hello\\00"
    declare i64 @strlen(ptr)
    define i64 @loader.{name}.length() {{
      %n = call i64 @strlen(ptr @loader.{name}.message)
      ret i64 %n
    }}
"""


def test_an_object_placed_at_a_free_address_comes_back_prelinked(tmp_path):
    at = 0x2100_0000_0000
    image, info = loader.load_object(engine.emit_object(engine.optimize(PRELINK_IR.format(name="t7"))), at=at)
    assert loader.address("loader.t7.length") == info["symbols"]["loader.t7.length"]
    assert at <= loader.address("loader.t7.length") < at + len(image)
    assert function("loader.t7.length")() == 5
    assert [e[2] for e in info["externals"]] == ["strlen"]
    assert not loader.load_prelinked(image, info)             # the address is taken in this process
    other = engine.emit_object(engine.optimize(PRELINK_IR.format(name="t8")))
    assert loader.load_object(other, at=at) is None           # so an object for it goes elsewhere
    assert function("loader.t8.length")() == 5
    # Another process maps the image there as it is, with the C library's address patched in.
    (tmp_path / "image").write_bytes(marshal.dumps((image, info)))
    child = subprocess.run([sys.executable, "-c", (
        "import ctypes, marshal, sys; from pyvm.native import loader\n"
        f"image, info = marshal.loads(open({str(tmp_path / 'image')!r}, 'rb').read())\n"
        "assert loader.load_prelinked(image, info)\n"
        "print(ctypes.CFUNCTYPE(ctypes.c_int64)(loader.address('loader.t7.length'))())\n")],
        capture_output=True, text=True)
    assert (child.returncode, child.stdout, child.stderr) == (0, "5\n", "")
