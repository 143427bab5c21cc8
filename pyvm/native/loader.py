"""Object files -> callable native code in this process, without LLVM.

Every unit pyvm runs (the runtime, the JIT's functions, extra lowpy modules)
is compiled by LLVM into an ELF relocatable object (engine.py), and most of
them come from the disk cache. Loading one needs no LLVM at all: lay its
sections out in fresh memory, resolve its symbols, patch its relocations, and
make the code executable. Doing that here keeps llvmlite, whose import alone
costs about 30 ms, out of every start from a warm cache.

The runtime, the largest of them (5,000 relocations: 2.5 ms), is placed at
a fixed address when it is free (`load_object(data, at=...)`), and the
relocated image kept in the cache: a later start maps it at the same address
and patches only the C library's addresses, which change from process to
process (`load_prelinked`).

The objects are built with the large code model and static relocations
(engine.target_machine), so they refer to symbols by absolute 64-bit
addresses: R_X86_64_64 is almost the only relocation there is. The unwind
tables (.eh_frame) are not loaded: no exception is ever thrown through
generated code.
"""
from __future__ import annotations

import ctypes
import os
import struct

from pyvm import switches

# ELF constants (the System V ABI and its x86-64 supplement)
ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
SECTION_HEADER = struct.Struct("<IIQQQQIIQQ")
SYMBOL = struct.Struct("<IBBHQQ")
RELA = struct.Struct("<QQq")
ET_REL, EM_X86_64 = 1, 62
SHT_SYMTAB, SHT_RELA, SHT_NOBITS = 2, 4, 8
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4
SHN_UNDEF, SHN_ABS, SHN_COMMON = 0, 0xFFF1, 0xFFF2
STB_LOCAL, STB_WEAK = 0, 2
R_X86_64_64, R_X86_64_PC32, R_X86_64_PLT32 = 1, 2, 4
R_X86_64_32, R_X86_64_32S, R_X86_64_PC64 = 10, 11, 24
UNWIND_SECTIONS = {b".eh_frame"}

PROT_READ, PROT_WRITE, PROT_EXEC = 1, 2, 4
MAP_PRIVATE, MAP_ANONYMOUS, MAP_FIXED_NOREPLACE = 0x02, 0x20, 0x100000
PAGE = 4096
WORD_MASK = (1 << 64) - 1


class LoadError(Exception):
    """An object file this loader cannot place: a bug of pyvm's, never of the user's program."""


_process = ctypes.CDLL(None)            # the symbols of the process: libc, libm, ...
_mmap = _process.mmap
_mmap.restype = ctypes.c_void_p
_mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
_mprotect = _process.mprotect
_mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
_munmap = _process.munmap
_munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
MAP_FAILED = ctypes.c_void_p(-1).value

_symbols: dict[str, int] = {}            # every global symbol defined so far, and the ones added by name


def add_symbol(name: str, address: int) -> None:
    """Define a symbol that objects loaded later may refer to (the JIT's per-code data)."""
    _symbols[name] = address


def address(symbol: str) -> int:
    """The address of a global symbol of a loaded object."""
    try:
        return _symbols[symbol]
    except KeyError:
        raise KeyError(f"no native symbol {symbol}") from None


def _external(name: str, weak: bool = False) -> int:
    """An undefined symbol: an earlier unit's, or the C library's (0 for a weak one defined nowhere)."""
    if weak and name not in _symbols:
        return 0
    if name in _symbols:
        return _symbols[name]
    try:
        return ctypes.cast(getattr(_process, name), ctypes.c_void_p).value
    except AttributeError:
        raise LoadError(f"undefined symbol {name}") from None


def _round_up(n: int, alignment: int) -> int:
    return (n + alignment - 1) // alignment * alignment


class _Object:
    """One relocatable object being loaded."""

    def __init__(self, data: bytes):
        self.data = data
        ident, kind, machine, *_, shoff, _, _, _, _, shentsize, shnum, shstrndx = ELF_HEADER.unpack_from(data)
        if ident[:4] != b"\x7fELF" or ident[4] != 2 or kind != ET_REL or machine != EM_X86_64:
            raise LoadError("not an x86-64 ELF relocatable object")
        self.sections = [SECTION_HEADER.unpack_from(data, shoff + i * shentsize) for i in range(shnum)]
        names = self.contents(shstrndx)
        self.names = [names[s[0]:names.index(b"\0", s[0])] for s in self.sections]

    def contents(self, index: int) -> bytes:
        _, _, _, _, offset, size, *_ = self.sections[index]
        return self.data[offset:offset + size]

    def loaded(self, index: int) -> bool:
        flags = self.sections[index][2]
        return bool(flags & SHF_ALLOC) and self.names[index] not in UNWIND_SECTIONS

    def layout(self):
        """Section index -> offset in the new memory: code and constants first, then (from a fresh
        page, to stay writable) data. Returns the offsets, the size of the first part, the total."""
        offsets = {}
        end = 0
        parts = []
        for writable in (False, True):
            end = _round_up(end, PAGE)
            parts.append(end)
            for i, (_, kind, flags, _, _, size, _, _, align, _) in enumerate(self.sections):
                if self.loaded(i) and bool(flags & SHF_WRITE) == writable:
                    end = _round_up(end, max(align, 1))
                    offsets[i] = end
                    end += size
        return offsets, parts[1], _round_up(end, PAGE)

    def symbols(self):
        for i, (_, kind, _, _, offset, size, link, _, _, entsize) in enumerate(self.sections):
            if kind == SHT_SYMTAB:
                strings = self.contents(link)
                for name, info, _, shndx, value, size in SYMBOL.iter_unpack(self.data[offset:offset + size]):
                    yield strings[name:strings.index(b"\0", name)].decode(), info >> 4, shndx, value, size
                return


def _map(size: int, at: int | None = None) -> int | None:
    """Fresh read-write memory, anywhere or exactly at `at` (None when that is taken)."""
    flags = MAP_PRIVATE | MAP_ANONYMOUS | (MAP_FIXED_NOREPLACE if at else 0)
    base = _mmap(at, size, PROT_READ | PROT_WRITE, flags, -1, 0)
    if base is None or base == MAP_FAILED:
        if at:
            return None
        raise MemoryError("pyvm: cannot map memory for native code")
    if at and base != at:               # a kernel before Linux 4.17 takes the address as a hint
        _munmap(base, size)
        return None
    return base


def _place(base: int, image, readonly_size: int) -> None:
    ctypes.memmove(base, bytes(image), len(image))
    if readonly_size and _mprotect(base, readonly_size, PROT_READ | PROT_EXEC) != 0:
        raise MemoryError("pyvm: cannot make native code executable")


def load_object(data: bytes, at: int | None = None) -> tuple[bytes, dict] | None:
    """Place an object's code and data in memory, define its global symbols, resolve its relocations.
    With `at`, the object goes at that address if it is free, and comes back prelinked: the image
    and what load_prelinked needs to map it there again in another process."""
    obj = _Object(data)
    offsets, readonly_size, size = obj.layout()
    size = max(size, PAGE)
    base = (at and _map(size, at)) or _map(size)
    image = bytearray(size)
    for i, start in offsets.items():
        if obj.sections[i][1] != SHT_NOBITS:
            contents = obj.contents(i)
            image[start:start + len(contents)] = contents

    # Symbols: addresses of what this object defines, and of what it needs from elsewhere.
    addresses = []
    defined = {}
    undefined = {}                      # symbol index -> (name, weak), for load_prelinked
    for name, binding, shndx, value, sym_size in obj.symbols():
        if shndx == SHN_UNDEF:
            if not name:
                addresses.append(0)
                continue
            undefined[len(addresses)] = name, binding == STB_WEAK
            addresses.append(_external(name, binding == STB_WEAK))
        elif shndx == SHN_ABS:
            addresses.append(value)
        elif shndx == SHN_COMMON:
            raise LoadError(f"common symbol {name}: not supported")
        elif shndx in offsets:
            addresses.append(base + offsets[shndx] + value)
        else:
            addresses.append(0)          # in a section that is not loaded (the unwind tables)
        if binding != STB_LOCAL and shndx != SHN_UNDEF and name:
            defined[name] = addresses[-1]

    prelinked = base == at
    externals = []                      # what load_prelinked patches: (offset, kind, symbol, weak, addend)
    for i, (_, kind, _, _, offset, rela_size, _, target, _, _) in enumerate(obj.sections):
        if kind != SHT_RELA or target not in offsets:
            continue
        start = offsets[target]
        for where, info, addend in RELA.iter_unpack(data[offset:offset + rela_size]):
            kind, value = info & 0xFFFFFFFF, addresses[info >> 32] + addend
            if kind == R_X86_64_64:           # nearly all of them: patched here, without a call
                _PACK_WORD(image, start + where, value & WORD_MASK)
            else:
                _relocate(image, start + where, base + start + where, kind, value)
            if prelinked and info >> 32 in undefined:
                externals.append((start + where, kind, *undefined[info >> 32], addend))

    _place(base, image, readonly_size)
    _symbols.update(defined)
    _name_code(defined, base, readonly_size)
    if not prelinked:
        return None
    return bytes(image), {"base": base, "readonly": readonly_size, "symbols": defined, "externals": externals}


def load_prelinked(image: bytes, info: dict) -> bool:
    """Map an image that load_object(data, at) returned, at its address; False (and nothing loaded)
    when that address is taken in this process."""
    base = _map(len(image), info["base"])
    if base is None:
        return False
    image = bytearray(image)
    for offset, kind, name, weak, addend in info["externals"]:
        _relocate(image, offset, base + offset, kind, _external(name, weak) + addend)
    _place(base, image, info["readonly"])
    _symbols.update(info["symbols"])
    _name_code(info["symbols"], base, info["readonly"])
    return True


perf_labels: dict[str, str] = {}      # a compiled code object's symbol -> its qualname, for the map


def _name_code(symbols: dict, base: int, code_size: int) -> None:
    """With PYVM_PERF_MAP=1, name a loaded object's functions in /tmp/perf-PID.map, where Linux perf
    looks for the names of code generated at run time (`perf record`, then `perf report`), with the
    qualname of the Python function they compile. A function ends where the next begins: its code
    lies in [base, base + code_size)."""
    if not switches.flag("PYVM_PERF_MAP"):
        return
    starts = sorted((address, name) for name, address in symbols.items() if base <= address < base + code_size)
    ends = [address for address, _ in starts[1:]] + [base + code_size]
    with open(f"/tmp/perf-{os.getpid()}.map", "a") as out:
        for (address, name), end in zip(starts, ends):
            label = perf_labels.get(name.rsplit(".", 1)[0])
            out.write(f"{address:x} {end - address:x} {name}{f' ({label})' if label else ''}\n")


_PACK_WORD = struct.Struct("<Q").pack_into
_PACK_SIGNED_WORD = struct.Struct("<q").pack_into
_PACK_I32 = struct.Struct("<i").pack_into
_PACK_U32 = struct.Struct("<I").pack_into
INT32_MIN, INT32_MAX = -(1 << 31), (1 << 31) - 1


def _relocate(image: bytearray, offset: int, place: int, kind: int, value: int) -> None:
    """Patch one relocation: value is S + A (the symbol's address plus the addend), place is P."""
    if kind == R_X86_64_64:
        _PACK_WORD(image, offset, value & WORD_MASK)
    elif kind == R_X86_64_PC64:
        _PACK_SIGNED_WORD(image, offset, value - place)
    elif kind in (R_X86_64_PC32, R_X86_64_PLT32, R_X86_64_32S):
        v = value - place if kind != R_X86_64_32S else value
        if not INT32_MIN <= v <= INT32_MAX:
            raise LoadError(f"relocation type {kind} out of range")
        _PACK_I32(image, offset, v)
    elif kind == R_X86_64_32:
        if not 0 <= value <= 0xFFFFFFFF:
            raise LoadError("relocation R_X86_64_32 out of range")
        _PACK_U32(image, offset, value)
    else:
        raise LoadError(f"relocation type {kind} is not supported")
