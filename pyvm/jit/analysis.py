"""What the JIT learns about a code object's bytecode before compiling it: jump targets,
definite assignment, register liveness, range loops with a unit step, builtins in registers."""
from __future__ import annotations

from pyvm.bytecode.code import CodeObject
from pyvm.bytecode.opcodes import BY_NAME


def jump_targets(code: CodeObject) -> set:
    targets = {handler for _, _, handler, _ in code.exception_table}
    for ins in code.instructions:
        for kind, value in zip(BY_NAME[ins[0]].operands, ins[1:]):
            if kind == "label":
                targets.add(value)
    return targets


LEAVING = {"RETURN", "RAISE", "RAISE_FROM", "RAISE_ACTIVE", "RERAISE"}      # no next instruction


def successors(code: CodeObject, index: int) -> list:
    ins = code.instructions[index]
    if ins[0] in LEAVING:
        return []
    labels = [v for kind, v in zip(BY_NAME[ins[0]].operands, ins[1:]) if kind == "label"]
    if ins[0] == "JUMP":
        return labels
    return labels + [index + 1]


def forward(code: CodeObject, entry, transfer, into_handler, merge) -> list:
    """A forward dataflow over the instructions: the state before each one (None where no path
    reaches). transfer(ins, before) gives the state after an instruction; an exception leaves before
    the instruction writes anything, into_handler(before, register) is what its handler gets."""
    n = len(code.instructions)
    state = [None] * n
    if not n:
        return state
    state[0] = entry
    work = [0]
    while work:
        i = work.pop()
        after = transfer(code.instructions[i], state[i])
        edges = [(j, after) for j in successors(code, i)]
        handler = code.handler_at(i)
        if handler is not None:
            edges.append((handler[0], into_handler(state[i], handler[1])))
        for j, incoming in edges:
            merged = incoming if state[j] is None else merge(state[j], incoming)
            if merged != state[j]:
                state[j] = merged
                work.append(j)
    return state


def definitely_bound(code: CodeObject) -> list:
    """For each instruction, the registers certainly holding a value there (parameters, and
    registers written on every path from the entry): their CHECK_BOUND can go."""
    def transfer(ins, before):
        after = before | written(ins)
        return after - {ins[1]} if ins[0] == "UNBIND" else after
    state = forward(code, frozenset(range(code.argcount)), transfer, lambda before, r: before | {r},
                    frozenset.intersection)
    everything = frozenset(range(code.nregs))
    return [everything if s is None else s for s in state]


WRITES_FIRST_RUN = {"UNPACK", "RANGE_START"}          # their first `regs` operand is written, not read
WRITES_WHEN_CONTINUING = {"RANGE_NEXT", "FOR_ITER"}    # the jump at the end of the loop writes nothing


def written(ins) -> frozenset:
    regs = set()
    for kind, value in zip(BY_NAME[ins[0]].operands, ins[1:]):
        if kind == "dst":
            regs.add(value)
    if ins[0] in WRITES_FIRST_RUN:
        first, count = ins[1]
        regs.update(range(first, first + count))
    return frozenset(regs)


def read(ins) -> frozenset:
    regs = set()
    for position, (kind, value) in enumerate(zip(BY_NAME[ins[0]].operands, ins[1:])):
        if kind == "reg":
            regs.add(value)
        elif kind == "regs" and not (position == 0 and ins[0] in WRITES_FIRST_RUN):
            regs.update(range(value[0], value[0] + value[1]))
    return frozenset(regs)


def flow_edges(code: CodeObject, index: int) -> list:
    """(successor, registers written on the way there) for each way on from an instruction; an
    exception goes to its handler before anything is written, with the exception in the handler's register."""
    ins = code.instructions[index]
    kills = written(ins)
    edges = []
    for j in successors(code, index):
        jumping_out = ins[0] in WRITES_WHEN_CONTINUING and j != index + 1
        edges.append((j, frozenset() if jumping_out else kills))
    handler = code.handler_at(index)
    if handler is not None:
        edges.append((handler[0], frozenset({handler[1]})))
    return edges


def liveness(code: CodeObject) -> tuple:
    """(live_in, live_out): for each instruction, the registers whose values may be read from it
    on, and after it (on any way on, the exception edge included): the ones a runtime call made
    there must carry across."""
    n = len(code.instructions)
    edges = [flow_edges(code, i) for i in range(n)]
    reads = [read(ins) for ins in code.instructions]
    live_in = [frozenset()] * n
    changed = True
    while changed:
        changed = False
        for i in reversed(range(n)):
            carried = frozenset().union(*(live_in[j] - kills for j, kills in edges[i]))
            new = reads[i] | carried
            if new != live_in[i]:
                live_in[i] = new
                changed = True
    return live_in, [frozenset().union(*(live_in[j] - kills for j, kills in edges[i])) for i in range(n)]


LIST, TUPLE = "list", "tuple"
UNSET = "unset"                  # not yet written: a read is guarded by CHECK_BOUND, any kind may follow
BUILDS = {"BUILD_LIST": LIST, "BUILD_TUPLE": TUPLE}


def known_kinds(code: CodeObject) -> list:
    """For each instruction, the registers that hold a list (a tuple) whenever they hold a value:
    every definition reaching there is a BUILD_LIST (BUILD_TUPLE) or a MOVE of such a register.
    An object never changes its type, so the JIT may skip their type tests."""
    def transfer(ins, before):
        after = {r: k for r, k in before.items() if r not in written(ins)}
        if ins[0] in BUILDS:
            after[ins[1]] = BUILDS[ins[0]]
        elif ins[0] == "MOVE" and ins[2] in before:
            after[ins[1]] = before[ins[2]]
        elif ins[0] == "UNBIND":
            after[ins[1]] = UNSET
        return after
    entry = {r: UNSET for r in range(code.argcount, code.nregs)}
    state = forward(code, entry, transfer, lambda before, r: {q: k for q, k in before.items() if q != r}, merge_kinds)
    return [s or {} for s in state]


def merge_kinds(a: dict, b: dict) -> dict:
    merged = {}
    for r in a.keys() & b.keys():
        if a[r] == b[r] or b[r] == UNSET:
            merged[r] = a[r]
        elif a[r] == UNSET:
            merged[r] = b[r]
    return merged


def register_reads(code: CodeObject) -> list:
    """How many instructions read each register."""
    reads = [0] * max(code.nregs, 1)
    for ins in code.instructions:
        for r in read(ins):
            reads[r] += 1
    return reads


def unit_step_ranges(code: CodeObject) -> set:
    """The counter registers of range loops whose step is 1: every RANGE_START of that state has
    fewer than 3 arguments."""
    starts = {}
    for ins in code.instructions:
        if ins[0] == "RANGE_START":
            starts[ins[1][0]] = starts.get(ins[1][0], True) and ins[2][1] < 3
    return {counter for counter, unit in starts.items() if unit}


def known_builtins(code: CodeObject, targets: set) -> dict:
    """For each instruction, the registers certainly holding a builtin loaded by LOAD_BUILTIN
    (tracked through straight-line code, forgotten at jump targets and overwrites)."""
    known, result = {}, {}
    for index, ins in enumerate(code.instructions):
        if index in targets:
            known = {}
        result[index] = dict(known)
        for r in written(ins):
            known.pop(r, None)
        if ins[0] == "LOAD_BUILTIN":
            known[ins[1]] = code.names[ins[2]]
    return result
