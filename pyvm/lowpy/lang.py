"""Names that lowpy source files import (`from pyvm.lowpy.lang import *`).

CPython never runs lowpy code; these definitions exist so that editors and
linters resolve the names. Their meaning is in docs/lowpy.md and is given by
the compiler (pyvm/lowpy/types.py and pyvm/lowpy/codegen.py).
"""


class _Marker:
    def __init__(self, name):
        self.name = name

    def __getitem__(self, item):
        return self

    def __call__(self, *args, **kwargs):
        return self

    def __repr__(self):
        return self.name


i8 = i16 = i32 = i64 = u8 = u16 = u32 = u64 = f64 = Word = _Marker("number")
Ptr = Array = Fn = _Marker("generic")
cast = sizeof = null = addr = new = type_of = static = static_type = _Marker("intrinsic")
add_ovf = sub_ovf = mul_ovf = clz = ctz = popcount = unreachable = _Marker("intrinsic")
sqrt = floor = ceil = fabs = trunc = copysign = fmod = isnan = isinf = isfinite = _Marker("intrinsic")


class Struct:
    def __init_subclass__(cls, **keywords):
        pass


def extern(f):
    return f


def inline(f):
    return f


def noinline(f):
    return f


def collects(f):
    return f
