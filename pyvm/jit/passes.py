"""The JIT's analyses of a code object as a named pipeline of passes (docs/jit.md, "Facts").

Each pass is a function of the code and of the facts the passes before it found, under its own name;
`run` gives them all. The code generator compiles from them (FunctionCodegen.analyse), and
`pyvm dis --facts` prints them beside each instruction, so that both read the same facts.
"""
from __future__ import annotations

from typing import NamedTuple

from pyvm.bytecode.code import CodeObject
from pyvm.jit.analysis import (written, ATTRIBUTE_CACHES, CACHE_KINDS, SMALL, UNSET, Seq, attribute_caches, definitely_bound,
                               float_registers, in_loops, jump_targets, known_builtins, known_kinds, known_loads, list_item_kinds, liveness, register_reads, static_binding,
                               unit_step_ranges)
from pyvm.jit.loops import small_int_loops

# Calls of a module's functions of at most INLINED_FUNCTION instructions are compiled inline, up to
# INLINED_INSTRUCTIONS of them in one function (each callee counted once: its copy is shared).
INLINED_FUNCTION, INLINED_INSTRUCTIONS = 60, 300


def static_bindings(code: CodeObject, facts: dict) -> dict:
    """CALL or CALL_KW index -> (the code of the module function it most likely calls, as
    analysis.global_functions predicts, how the call binds its parameters: analysis.static_binding)."""
    globals_in = known_loads(code, facts["targets"], "LOAD_GLOBAL")
    bindings = {}
    for index, ins in enumerate(code.instructions):
        if ins[0] not in ("CALL", "CALL_KW"):
            continue
        callee = facts["functions"].get(globals_in[index].get(ins[2]))
        kwnames = code.consts[ins[4]] if ins[0] == "CALL_KW" else ()
        plan = None if callee is None else static_binding(callee, ins[3][1] - len(kwnames), kwnames)
        if plan is not None:
            bindings[index] = (callee, plan)
    return bindings


def calls_to_inline(code: CodeObject, facts: dict) -> dict:
    """CALL index -> the code of the small function it most likely calls (static_bindings), for calls
    in loops (a call made once gains nothing) and for recursive calls: compiled into this function
    too (call_value). The copy's own recursive calls come back to this function (recursive_entry),
    so a recursion runs two levels per machine call, each with its frame record as a call has."""
    looping = in_loops(code)
    chosen, copied = {}, {}                # copied: id(callee) -> its size, counted once
    for index, (callee, _) in facts["bindings"].items():
        if index not in looping and callee is not code:
            continue
        size = len(callee.instructions)
        if size > INLINED_FUNCTION or (id(callee) not in copied and sum(copied.values()) + size > INLINED_INSTRUCTIONS):
            continue
        copied[id(callee)] = size
        chosen[index] = callee
    return chosen


class Pass(NamedTuple):
    name: str
    doc: str
    run: object                 # (code, facts so far) -> the fact
    needs: str = ""             # "virtual frames": not with --frames=heap; "inlining": where calls may be inlined


PIPELINE = (
    Pass("targets", "the instructions jumps and exception handlers go to", lambda code, f: jump_targets(code)),
    Pass("bound", "per instruction, the registers certainly holding a value", lambda code, f: definitely_bound(code)),
    Pass("reads", "per register, how many instructions read it", lambda code, f: register_reads(code)),
    Pass("builtins", "per instruction, the registers certainly holding a builtin, by name",
         lambda code, f: known_builtins(code, f["targets"])),
    Pass("unit_step_ranges", "the counters of range loops whose step is 1", lambda code, f: unit_step_ranges(code)),
    Pass("list_items", "per BUILD_LIST only this code reaches, what its items are",
         lambda code, f: list_item_kinds(code)),
    Pass("kinds", "per instruction, what registers certainly hold (small int, list, tuple, and their items)",
         lambda code, f: known_kinds(code, f["list_items"])),
    Pass("float_registers", "the registers where a float may stay a bare double (only + - * /, comparisons "
         "and moves read them)", lambda code, f: float_registers(code), "virtual frames"),
    Pass("liveness", "per instruction, the registers live before it and after it", lambda code, f: liveness(code),
         "virtual frames"),
    Pass("small_int_loops", "per loop header, the loop's small-int version (loops.py)",
         lambda code, f: {loop.header: loop for loop in small_int_loops(code, f["kinds"], f["liveness"][0],
                                                                        f["list_items"], f["builtins"])},
         "virtual frames"),
    Pass("bindings", "per call of a module function, the function and how the call binds its parameters",
         static_bindings, "virtual frames"),
    Pass("inlined", "per call in a loop, the small function compiled inline there", calls_to_inline, "inlining"),
    Pass("caches", "per attribute load, store and method call, its inline cache (runtime/attrcache.py)",
         lambda code, f: attribute_caches(code)),
)


def run(code: CodeObject, functions: dict, heap_frames: bool = False, inlining: bool = True) -> dict:
    """Every pass's fact by its name (those a pass needs and the configuration lacks are left out);
    functions: analysis.global_functions of the code's module."""
    facts = {"functions": functions}
    for p in PIPELINE:
        if (p.needs == "virtual frames" and heap_frames) or (p.needs == "inlining" and not inlining):
            continue
        facts[p.name] = p.run(code, facts)
    return facts


def kind_text(kind) -> str:
    if isinstance(kind, Seq):
        return kind.tag + ("" if kind.items is None else f"[{kind_text(kind.items)}]")
    return str(kind)


def registers(regs) -> str:
    return " ".join(f"r{r}" for r in sorted(regs))


def facts_at(code: CodeObject, facts: dict, index: int) -> str:
    """What the facts say at an instruction, in a line (`pyvm dis --facts`)."""
    parts = []
    if "liveness" in facts:
        parts.append(f"live {registers(facts['liveness'][0][index]) or '-'}")
    unboxed = facts.get("float_registers", frozenset()) & written(code.instructions[index])
    if unboxed:
        parts.append(f"may write a bare double to {registers(unboxed)}")
    kinds = {r: k for r, k in facts["kinds"][index].items() if k != UNSET}
    if kinds:
        parts.append("kinds " + " ".join(f"r{r}={kind_text(k)}" for r, k in sorted(kinds.items())))
    if facts["builtins"].get(index):
        parts.append("builtins " + " ".join(f"r{r}={name}" for r, name in sorted(facts["builtins"][index].items())))
    for loop in facts.get("small_int_loops", {}).values():
        if index == loop.header:
            parts.append(f"small-int loop to {loop.end} (guard {registers(loop.guard) or '-'}, "
                         f"stores {registers(loop.stores) or '-'}, {loop.copies} copies)")
        elif index in loop and index in loop.kinds:
            small = [r for r, k in loop.kinds[index].items() if k == SMALL]
            parts.append(f"in the small-int loop at {loop.header}" + (f": small {registers(small)}" if small else ""))
    if index in facts.get("caches", {}):
        ins = code.instructions[index]
        at, kind = ATTRIBUTE_CACHES[ins[0]]
        parts.append(f"{CACHE_KINDS[kind]} cache {facts['caches'][index]} ({code.names[ins[at]]})")
    if index in facts.get("bindings", {}):
        parts.append(f"calls {facts['bindings'][index][0].qualname}"
                     + (", inline" if index in facts.get("inlined", {}) else ""))
    return " | ".join(parts)
