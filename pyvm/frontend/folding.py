"""Constant folding as CPython 3.11's AST optimizer does it (Python/ast_opt.c), before compiling.

It shows: a folded expression is one constant object, the same object as an equal constant
elsewhere in the module (`(1, 2) is (1, 2)`, `"ab" + "c" is "abc"`, `-5 is -5`). So pyvm folds what
CPython folds, with its limits, and nothing else: unary and binary operators on constants (no `%`
on a str, results of at most 128 bits, 4096 characters, 256 items), tuples of constants, a
constant indexed by a constant, and `__debug__`. An operation that raises is not folded: it raises
at run time, on its line. The values are the host CPython's own results.
"""
from __future__ import annotations

import _ast as ast
import _operator as op

MAX_INT_SIZE = 128          # bits
MAX_COLLECTION_SIZE = 256   # items
MAX_STR_SIZE = 4096         # characters
MAX_TOTAL_ITEMS = 1024      # including nested collections

NOT_FOLDED = object()

UNARY = {ast.Invert: op.invert, ast.Not: op.not_, ast.UAdd: op.pos, ast.USub: op.neg}


def check_complexity(value, limit: int) -> int:
    """limit less the items of value's tuples and frozensets, nested ones included (negative: too many)."""
    if isinstance(value, (tuple, frozenset)):
        limit -= len(value)
        for item in value:
            if limit < 0:
                break
            limit = check_complexity(item, limit)
    return limit


def safe_multiply(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if abs(v).bit_length() + abs(w).bit_length() > MAX_INT_SIZE:
            return NOT_FOLDED
    elif isinstance(v, int) and isinstance(w, (tuple, frozenset)):
        if w and (v < 0 or v > MAX_COLLECTION_SIZE // len(w) or v and check_complexity(w, MAX_TOTAL_ITEMS // v) < 0):
            return NOT_FOLDED
    elif isinstance(v, int) and isinstance(w, (str, bytes)):
        if w and (v < 0 or v > MAX_STR_SIZE // len(w)):
            return NOT_FOLDED
    elif isinstance(w, int) and isinstance(v, (tuple, frozenset, str, bytes)):
        return safe_multiply(w, v)
    return v * w


def safe_power(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w > 0 and abs(v).bit_length() > MAX_INT_SIZE // w:
        return NOT_FOLDED
    return v ** w


def safe_lshift(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if w < 0 or w > MAX_INT_SIZE or abs(v).bit_length() > MAX_INT_SIZE - w:
            return NOT_FOLDED
    return v << w


def safe_mod(v, w):
    return NOT_FOLDED if isinstance(v, (str, bytes)) else v % w


BINARY = {ast.Add: op.add, ast.Sub: op.sub, ast.Mult: safe_multiply, ast.Div: op.truediv,
          ast.FloorDiv: op.floordiv, ast.Mod: safe_mod, ast.Pow: safe_power, ast.LShift: safe_lshift,
          ast.RShift: op.rshift, ast.BitOr: op.or_, ast.BitXor: op.xor, ast.BitAnd: op.and_}


def folded(node):
    """The constant node stands for, or NOT_FOLDED (its operands are folded already)."""
    if isinstance(node, ast.Name):
        return True if node.id == "__debug__" and isinstance(node.ctx, ast.Load) else NOT_FOLDED
    try:
        if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
            return UNARY[type(node.op)](node.operand.value)
        if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) \
                and type(node.op) in BINARY:
            return BINARY[type(node.op)](node.left.value, node.right.value)
        if isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load) \
                and all(isinstance(e, ast.Constant) for e in node.elts):
            return tuple(e.value for e in node.elts)
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) \
                and isinstance(node.value, ast.Constant) and isinstance(node.slice, ast.Constant):
            return node.value.value[node.slice.value]
    except KeyboardInterrupt:
        raise
    except Exception:           # left to raise at run time
        pass
    return NOT_FOLDED

