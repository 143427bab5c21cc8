"""Small-int loops: innermost loops that run on small ints alone, which the JIT compiles a second
time without a runtime call in them (codegen.FunctionCodegen.emit_loop_version).

In that version of the loop, every fast path that fails (an overflow, a zero divisor, a shift out
of range, an index outside a list, a value of another kind, a list that must grow) leaves it: the
locals the loop wrote are stored to the frame record and the generic code runs that instruction
again. So every result of `+`, `-`, `*`, ... inside is a small int, and so is every operand once
tested; a guard at the header, testing the registers the loop reads from before it, makes those
small ints from the start: most tag tests go. Nothing is called either, so nothing can look at the
frame or collect while the version runs: the locals reach the record when it leaves, not at every
assignment (DESIGN.md 8: synchronization at observation points).
"""
from __future__ import annotations

import heapq
from typing import NamedTuple

from pyvm.bytecode.code import CodeObject
from pyvm.bytecode.opcodes import BINARY_OPS, COMPARE_OPS, UNARY_OPS
from pyvm.jit.analysis import (LIST_METHODS, SMALL, Seq, is_len_call, is_list_method_call, kind_transfer, labels,
                               loop_ends, merge_kinds, successors, written)

INT_BINARY = {"+", "-", "*", "//", "%", "<<", ">>", "&", "|", "^"}
INT_UNARY = {"-", "~"}
ORDERINGS = {"<", "<=", "==", "!=", ">", ">="}
BOOL = "bool"                # True or False, a comparison's result: a kind known inside these loops only

# What a small-int loop may hold: instructions that run inline, calling nothing, on small ints (and
# on lists and tuples: indexing, unpacking, len(), append and pop; a cell's contents read). RETURN
# leaves the loop's version before it runs.
LOOP_OPS = {"LOAD_CONST", "LOAD_BUILTIN", "MOVE", "CHECK_BOUND", "BINARY", "INPLACE", "UNARY", "COMPARE",
            "JUMP", "JUMP_IF_FALSE", "JUMP_IF_TRUE", "RANGE_NEXT", "GET_ITEM", "SET_ITEM", "RETURN",
            "CALL", "CALL_METHOD", "CHECK_METHOD", "UNPACK", "LOAD_DEREF"}
INT_OPS = {"BINARY", "INPLACE", "UNARY", "COMPARE", "RANGE_NEXT"}      # the instructions worth a version
# A longer loop is not compiled twice: its version would double the compile time of its function
# (a loop of 12,000 instructions: 3.3 s to 8 s), and one turn is long beside the stores it saves.
LONGEST_VERSION = 1000
# A loop's version of up to UNROLLED_LONGEST instructions is compiled UNROLLED times in a row, each
# copy's jump back entering the next: values carried round the loop in turn (fib's `a, b = b, a + b`)
# then need no register moves, and each copy's branches are predicted apart. fib 10M: 283 ms with one
# copy, 215 with two, 188 with three, no better with four; Hanoi's 85-instruction loop (24 discs):
# 270 ms to 234, for 100 ms more to compile it (once: the code is cached).
UNROLLED, UNROLLED_LONGEST = 3, 100


class SmallIntLoop(NamedTuple):
    header: int
    end: int                 # the last jump back to the header
    guard: frozenset         # registers tested to hold small ints on the way in
    kinds: dict              # index -> the registers' kinds before that instruction, in the loop's version
    stores: frozenset        # the program's locals the loop writes: stored to the record on the way out

    def __contains__(self, index) -> bool:
        return self.header <= index <= self.end

    @property
    def copies(self) -> int:
        """How many copies of the version the JIT compiles in a row (UNROLLED)."""
        return UNROLLED if self.end - self.header < UNROLLED_LONGEST else 1


def runs_inline(code: CodeObject, index: int, builtins: dict) -> bool:
    """Whether an instruction may be in a small-int loop: its fast path calls nothing."""
    ins = code.instructions[index]
    op = ins[0]
    if op not in LOOP_OPS:
        return False
    if op == "CALL":
        return is_len_call(ins, index, builtins)
    if op == "CALL_METHOD":
        return is_list_method_call(code, ins)
    if op == "CHECK_METHOD":
        return code.names[ins[2]] in LIST_METHODS
    return int_operands(ins) is not None


def int_operands(ins):
    """The registers an instruction needs to hold small ints to run inline, or None when it calls the
    runtime whatever they hold."""
    op = ins[0]
    if op in ("BINARY", "INPLACE"):
        return (ins[3], ins[4]) if BINARY_OPS[ins[2]] in INT_BINARY else None
    if op == "UNARY":
        symbol = UNARY_OPS[ins[2]]
        return (ins[3],) if symbol in INT_UNARY else () if symbol == "not" else None
    if op == "COMPARE":
        symbol = COMPARE_OPS[ins[2]]
        return (ins[3], ins[4]) if symbol in ORDERINGS else () if symbol in ("is", "is not") else None
    if op == "GET_ITEM":
        return (ins[3],)
    if op == "SET_ITEM":
        return (ins[2],)
    if op == "RANGE_NEXT":
        first = ins[2][0]
        return (first, first + 1, first + 2)
    return ()


def truth_operand(ins):
    """The register whose truth an instruction tests (inline for small ints and bools only), or None."""
    if ins[0] in ("JUMP_IF_FALSE", "JUMP_IF_TRUE"):
        return ins[1]
    if ins[0] == "UNARY" and UNARY_OPS[ins[2]] == "not":
        return ins[3]
    return None


def small_int_loops(code: CodeObject, kinds: list, live_in: list, items_of_site: dict, builtins: dict) -> list:
    """The innermost loops of code that qualify (see the module's docstring), as SmallIntLoops. The
    other arguments are what analysis.py found: known_kinds, liveness, list_item_kinds, known_builtins."""
    instructions = code.instructions
    ends = loop_ends(code)
    handlers = {handler for _, _, handler, _ in code.exception_table}
    transfer = loop_transfer(code, kind_transfer(code, items_of_site), builtins)
    loops = []
    for header, end in sorted(ends.items()):
        body = range(header, end + 1)
        if len(body) > LONGEST_VERSION:
            continue
        if any(other != header and other in body for other in ends):
            continue                                  # it holds another loop
        if not all(runs_inline(code, i, builtins) for i in body):
            continue
        if not any(instructions[i][0] in INT_OPS for i in body):
            continue
        entered_inside = any(header < label <= end for i, ins in enumerate(instructions) if i not in body
                             for label in labels(ins))
        if entered_inside or any(header < h <= end for h in handlers):
            continue
        loop = specialize(code, header, end, kinds[header], live_in[header], transfer)
        if loop is not None:
            loops.append(loop)
    return loops


def loop_transfer(code: CodeObject, transfer, builtins: dict):
    """known_kinds' transfer, plus what holds inside a loop's version, which only goes on past an
    instruction along its fast path: the operands an instruction needs small are small after it, an
    int operation gives a small int, len() too, a comparison a bool. (So an index is a small int, and
    GET_ITEM gives an item, not a slice.)"""
    def inside(index, before):
        ins = code.instructions[index]
        op = ins[0]
        operands = int_operands(ins) or ()
        after = transfer(index, {**before, **{r: SMALL for r in operands}})
        if op in ("BINARY", "INPLACE", "UNARY", "RANGE_NEXT") and operands:
            after[ins[1]] = SMALL
        elif op == "COMPARE" or (op == "UNARY" and UNARY_OPS[ins[2]] == "not"):
            after[ins[1]] = BOOL
        elif op == "CALL" and is_len_call(ins, index, builtins):
            after[ins[1]] = SMALL
        return after
    return inside


def never_inline(kind) -> bool:
    """A register of this kind fails an int fast path or truth test every time: a list, a tuple."""
    return isinstance(kind, Seq)


def specialize(code: CodeObject, header: int, end: int, header_kinds: dict, live: frozenset, transfer):
    """The SmallIntLoop of code[header..end], or None when some instruction in it would leave the
    version every time. The guard starts as every register live into the loop that an instruction
    needs to be a small int, less those the loop itself may make something else."""
    instructions = code.instructions
    body = range(header, end + 1)
    needed = set()
    for i in body:
        needed.update(int_operands(instructions[i]))
        truth = truth_operand(instructions[i])
        if truth is not None:
            needed.add(truth)
    guard = frozenset(needed & live)
    while True:
        entry = dict(header_kinds)
        entry.update((r, SMALL) for r in guard)
        states, back = loop_flow(code, header, end, entry, transfer)
        kept = frozenset(r for r in guard if all(state.get(r) == SMALL for state in back))
        if kept == guard:
            break
        guard = kept
    for i, state in states.items():
        ins = instructions[i]
        if any(never_inline(state.get(r)) or state.get(r) == BOOL for r in int_operands(ins) or ()):
            return None
        truth = truth_operand(ins)
        if truth is not None and never_inline(state.get(truth)):
            return None
    stores = frozenset(r for i in body for r in written(instructions[i]) if r < len(code.varnames))
    return SmallIntLoop(header, end, guard, states, stores)


def loop_flow(code: CodeObject, header: int, end: int, entry: dict, transfer) -> tuple:
    """The kinds before each instruction of the loop reached from its header (entered with entry), and
    the kinds on each jump back to the header."""
    states = {header: entry}
    back = []
    work, queued = [header], {header}
    while work:
        i = heapq.heappop(work)
        queued.discard(i)
        after = transfer(i, states[i])
        for j in successors(code, i):
            if j == header:
                back.append(after)
            elif header < j <= end:
                merged = after if j not in states else merge_kinds(states[j], after)
                if merged != states.get(j):
                    states[j] = merged
                    if j not in queued:
                        queued.add(j)
                        heapq.heappush(work, j)
    return states, back
