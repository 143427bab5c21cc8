"""The names lowpy gives a meaning of its own (docs/lowpy.md, "Intrinsics")."""

# Numeric conversions written as calls of a type: i64(x), f64(x), bool(x).
CONVERSIONS = {"i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f64", "bool"}

OVERFLOW = {"add_ovf": "add", "sub_ovf": "sub", "mul_ovf": "mul"}
BIT_COUNTS = {"clz": "ctlz", "ctz": "cttz", "popcount": "ctpop"}
FLOAT_UNARY = {"sqrt", "floor", "ceil", "fabs", "trunc"}
FLOAT_BINARY = {"copysign", "pow", "fmod"}
FLOAT_TESTS = {"isnan", "isinf", "isfinite"}

INTRINSICS = ({"cast", "sizeof", "null", "addr", "new", "type_of", "min", "max", "abs", "unreachable"}
              | set(OVERFLOW) | set(BIT_COUNTS) | FLOAT_UNARY | FLOAT_BINARY | FLOAT_TESTS)
