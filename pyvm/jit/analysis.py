"""What the JIT learns about a code object's bytecode before compiling it: jump targets,
definite assignment, register liveness, range loops with a unit step, builtins in registers."""
from __future__ import annotations

import heapq
from typing import NamedTuple

from pyvm.bytecode.code import CO_VARARGS, CO_VARKEYWORDS, CodeObject
from pyvm.bytecode.opcodes import BINARY_OPS, BY_NAME, COMPARE_OPS, LEAVING, UNARY_OPS


def labels(ins) -> list:
    """The instructions an instruction may jump to."""
    return [value for kind, value in zip(BY_NAME[ins[0]].operands, ins[1:]) if kind == "label"]


def jump_targets(code: CodeObject) -> set:
    targets = {handler for _, _, handler, _ in code.exception_table}
    for ins in code.instructions:
        targets.update(labels(ins))
    return targets


def loop_ends(code: CodeObject) -> dict:
    """The loops' headers (targets of jumps back), each with the last instruction jumping back to it."""
    ends = {}
    for index, ins in enumerate(code.instructions):
        for label in labels(ins):
            if label <= index:
                ends[label] = max(ends.get(label, index), index)
    return ends


def in_loops(code: CodeObject) -> set:
    """The instructions inside a loop: from a header to the last jump back to it."""
    return {i for header, end in loop_ends(code).items() for i in range(header, end + 1)}


def successors(code: CodeObject, index: int) -> list:
    ins = code.instructions[index]
    if ins[0] in LEAVING:
        return []
    if ins[0] == "JUMP":
        return labels(ins)
    return labels(ins) + [index + 1]


def forward(code: CodeObject, entry, transfer, into_handler, merge) -> list:
    """A forward dataflow over the instructions: the state before each one (None where no path
    reaches). transfer(index, before) gives the state after an instruction; an exception leaves
    before the instruction writes anything, into_handler(before, register) is what its handler gets."""
    n = len(code.instructions)
    state = [None] * n
    if not n:
        return state
    state[0] = entry
    handlers = code.handlers()
    # Lowest index first: most edges go forward, so an instruction is mostly visited once all its
    # predecessors are, and a state is rarely computed twice.
    work = [0]
    queued = {0}
    while work:
        i = heapq.heappop(work)
        queued.discard(i)
        after = transfer(i, state[i])
        edges = [(j, after) for j in successors(code, i)]
        if handlers[i] is not None:
            edges.append((handlers[i][0], into_handler(state[i], handlers[i][1])))
        for j, incoming in edges:
            merged = incoming if state[j] is None else merge(state[j], incoming)
            if merged != state[j]:
                state[j] = merged
                if j not in queued:
                    queued.add(j)
                    heapq.heappush(work, j)
    return state


def definitely_bound(code: CodeObject) -> list:
    """For each instruction, the registers certainly holding a value there (parameters, and
    registers written on every path from the entry): their CHECK_BOUND can go."""
    def transfer(index, before):
        ins = code.instructions[index]
        after = before | written(ins)
        return after - {ins[1]} if ins[0] == "UNBIND" else after
    state = forward(code, frozenset(range(code.nparams)), transfer, lambda before, r: before | {r},
                    frozenset.intersection)
    everything = frozenset(range(code.nregs))
    return [everything if s is None else s for s in state]


# Their first `regs` operand is written, not read.
WRITES_FIRST_RUN = {"UNPACK", "UNPACK_EX", "RANGE_START", "COPY_FREE_VARS", "BEFORE_WITH", "BEFORE_ASYNC_WITH"}
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


NAMESPACE_OPS = {"LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_CLASSDEREF"}   # read register 0: a class body's namespace


def read(ins) -> frozenset:
    regs = {0} if ins[0] in NAMESPACE_OPS else set()
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
    handler = code.handlers()[index]
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
SMALL = "small"                  # a small int (an immediate, DESIGN.md 6)
SMALL_MIN, SMALL_MAX = -(1 << 62), (1 << 62) - 1
UNSET = "unset"                  # not yet written: a read is guarded by CHECK_BOUND, any kind may follow


class Seq(NamedTuple):
    """A list or a tuple, and what every item it holds is (None: anything)."""
    tag: str
    items: object = None


def known_kinds(code: CodeObject, items_of_site: dict | None = None) -> list:
    """For each instruction, what the registers certainly hold whenever they hold a value: a small
    int constant, or a list or tuple made here (BUILD_LIST, BUILD_TUPLE, a tuple constant, moved
    around) with what its items are. An object never changes its type, so the JIT may skip their type tests.

    A tuple's items are the ones it was built from, forever. A list's items are known only while
    nothing but this code can reach the list (list_items); GET_ITEM of a list or a tuple gives
    one of its items when the index is a small int (another index may be a slice object, which gives
    a list or a tuple). items_of_site: what list_item_kinds gives, when the caller has it already."""
    if items_of_site is None:
        items_of_site = list_item_kinds(code)
    entry = {r: UNSET for r in range(code.nparams, code.nregs)}
    state = forward(code, entry, kind_transfer(code, items_of_site),
                    lambda before, r: {q: k for q, k in before.items() if q != r}, merge_kinds)
    return [s or {} for s in state]


def list_item_kinds(code: CodeObject) -> dict:
    """For each BUILD_LIST whose list only this code reaches: what its items are (list_items)."""
    return list_items(code, known_kinds(code, {}))


def kind_transfer(code: CodeObject, items_of_site: dict):
    """The kinds after an instruction, from the kinds before it (known_kinds)."""
    consts = code.consts

    def transfer(index, before):
        ins = code.instructions[index]
        op = ins[0]
        kills = written(ins)
        after = {r: k for r, k in before.items() if r not in kills}
        if op == "BUILD_LIST":
            after[ins[1]] = Seq(LIST, items_of_site.get(index))
        elif op == "BUILD_TUPLE":
            first, n = ins[2]
            after[ins[1]] = Seq(TUPLE, merge_items([before.get(r) for r in range(first, first + n)]))
        elif op == "LOAD_CONST" and const_kind(consts[ins[2]]) is not None:
            after[ins[1]] = const_kind(consts[ins[2]])
        elif op == "MOVE" and ins[2] in before:
            after[ins[1]] = before[ins[2]]
        elif (op == "GET_ITEM" and isinstance(before.get(ins[2]), Seq) and before[ins[2]].items is not None
              and before.get(ins[3]) == SMALL):
            after[ins[1]] = before[ins[2]].items
        elif op == "UNPACK" and isinstance(before.get(ins[2]), Seq) and before[ins[2]].items is not None:
            first, n = ins[1]
            after.update((r, before[ins[2]].items) for r in range(first, first + n))
        elif op == "UNBIND":
            after[ins[1]] = UNSET
        return after
    return transfer


def const_kind(value):
    """What a constant is: a small int, or a tuple (a display of constants, folded) of what (None: other)."""
    if type(value) is int and SMALL_MIN <= value <= SMALL_MAX:
        return SMALL
    if type(value) is tuple:
        return Seq(TUPLE, merge_items([const_kind(v) for v in value]))
    return None


def merge_kind(a, b):
    """What a register holds when it comes from two paths (None: not known)."""
    if a == b or b == UNSET:
        return a
    if a == UNSET:
        return b
    if isinstance(a, Seq) and isinstance(b, Seq) and a.tag == b.tag:
        return Seq(a.tag, merge_items([a.items, b.items]))
    return None


def merge_items(kinds: list):
    """What every one of several items is: known only if each is known (an empty tuple's items: None)."""
    if not kinds or any(k is None or k == UNSET for k in kinds):
        return None
    merged = kinds[0]
    for k in kinds[1:]:
        merged = merge_kind(merged, k)
        if merged is None:
            return None
    return merged


def merge_kinds(a: dict, b: dict) -> dict:
    merged = {}
    for r in a.keys() & b.keys():
        k = merge_kind(a[r], b[r])
        if k is not None:
            merged[r] = k
    return merged


# -- lists no one else can reach -------------------------------------------------------------

# (name, number of arguments): the list methods the JIT calls directly on a list, which run no other code
# and keep a list private.
INLINE_LIST_METHODS = {("append", 1), ("pop", 0)}
LIST_METHODS = {name for name, _ in INLINE_LIST_METHODS}


def is_list_method_call(code: CodeObject, ins) -> bool:
    return ins[0] == "CALL_METHOD" and (code.names[ins[3]], ins[4][1]) in INLINE_LIST_METHODS


def is_len_call(ins, index: int, builtins: dict) -> bool:
    """A call of the builtin len with one argument (builtins: known_builtins)."""
    return ins[0] == "CALL" and builtins.get(index, {}).get(ins[2]) == "len" and ins[3][1] == 1


def list_sites(code: CodeObject) -> list:
    """For each instruction, the BUILD_LIST instructions whose list each register may hold there
    (through MOVEs): a may-analysis, so that every use of a list can be traced to where it was made."""
    def transfer(index, before):
        ins = code.instructions[index]
        kills = written(ins)
        after = {r: sites for r, sites in before.items() if r not in kills}
        if ins[0] == "BUILD_LIST":
            after[ins[1]] = frozenset({index})
        elif ins[0] == "MOVE" and ins[2] in before:
            after[ins[1]] = before[ins[2]]
        return after

    def merge(a, b):
        return {r: a.get(r, frozenset()) | b.get(r, frozenset()) for r in a.keys() | b.keys()}
    state = forward(code, {}, transfer, lambda before, r: {q: s for q, s in before.items() if q != r}, merge)
    return [s or {} for s in state]


# Instructions that may run other code, whatever their operands: calls, and iterating or reading a
# call's * and ** arguments (which generators and user mappings will run). FORMAT_VALUE (which may
# raise and collect) runs none while only builtin types have __format__: it joins them with classes.
# A class body's namespace instructions count as calls: the dict they read and fill becomes the class's,
# which others reach (class bodies run once: nothing to gain there). A with statement calls __enter__
# and __exit__.
CALLS = {"CALL_KW", "CALL_EX", "LIST_EXTEND", "DICT_MERGE", "DICT_UPDATE", "SET_UPDATE", "INTROSPECT", "TINY_CALL", "LOCALS",   # LOCALS hands the locals out
         "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_CLASSDEREF", "BEFORE_WITH", "WITH_EXCEPT_START",
         "YIELD_VALUE", "YIELD_FROM",   # a suspended generator's frame is anyone's (gi_frame), and resuming runs code
         "GET_AWAITABLE", "BEFORE_ASYNC_WITH", "GET_AITER", "GET_ANEXT",      # __await__, __aenter__, ...
         "CLOSE_ITER"}                  # closing one runs its finally clauses


# Instructions that dispatch on their operands' types: once a program may make classes, they may run
# Python code (a dunder, a property, a user `append`), which could reach this frame's locals, unless
# every register they read holds a kind known here (a small int, a list or tuple made here).
DISPATCHING = {"BINARY", "INPLACE", "UNARY", "COMPARE", "JUMP_IF_FALSE", "JUMP_IF_TRUE", "GET_ITEM", "SET_ITEM",
               "DEL_ITEM", "GET_SLICE", "SET_SLICE", "DEL_SLICE", "GET_ATTR", "SET_ATTR", "DEL_ATTR", "CHECK_METHOD",
               "GET_ITER", "FOR_ITER", "UNPACK", "UNPACK_EX", "FORMAT_VALUE", "BUILD_MAP", "MAP_ADD", "BUILD_SET",
               "SET_ADD", "RANGE_START"}


def may_make_classes(module) -> bool:
    """Whether a program may make a class (a class statement, or type() called with three arguments),
    and so have operators that run Python code. Worked out once per module, from the names its code
    uses. (A program is one module today: imported modules will have to count too.)"""
    answer = getattr(module, "makes_classes", None)
    if answer is None:
        answer = module.makes_classes = "type" in module.global_names or any(
            "__build_class__" in c.names or "type" in c.names for c in module.walk())
    return answer


def runs_other_code(code: CodeObject, builtins: dict, kinds: list | None = None) -> bool:
    """Whether anything but this code may run while it does, and so reach its frame's locals (through
    sys._getframe, f_back, f_locals, or a traceback in its own handler): any call but len(), append and
    pop, any exception handler; and where the program may make classes (kinds given: known_kinds), any
    instruction dispatching on operands whose kinds are not known (DISPATCHING, len(), append, pop)."""
    if code.exception_table:
        return True
    for index, ins in enumerate(code.instructions):
        op = ins[0]
        if op == "CALL" and not is_len_call(ins, index, builtins):
            return True
        if op == "CALL_METHOD" and not is_list_method_call(code, ins):
            return True
        if op in CALLS:
            return True
        if kinds is not None and (op in DISPATCHING or op in ("CALL", "CALL_METHOD")):
            known = kinds[index]
            if any(not (known.get(r) == SMALL or isinstance(known.get(r), Seq)) for r in dispatched_on(ins)):
                return True
    return False


def dispatched_on(ins):
    """The registers whose types decide what an instruction runs (not a value it only stores)."""
    op = ins[0]
    if op == "CALL":                    # len(x)
        return (ins[3][0],)
    if op == "CALL_METHOD":             # x.append(v), x.pop()
        return (ins[2],)
    if op == "SET_ITEM":
        return (ins[1], ins[2])
    return read(ins)


def private_list_uses(code: CodeObject, index: int, builtins: dict):
    """The registers an instruction reads without letting the list they may hold be reached by anyone
    else (the list it reads from, changes, or measures), and the register holding an item it stores
    into that list (or None)."""
    ins = code.instructions[index]
    op = ins[0]
    if op == "GET_ITEM":
        return {ins[2]}, None
    if op == "SET_ITEM":
        return {ins[1]}, ins[3]
    if is_list_method_call(code, ins):
        return {ins[2]}, (ins[4][0] if ins[4][1] else None)
    if is_len_call(ins, index, builtins):
        return {ins[3][0]}, None
    if op in ("MOVE", "CHECK_BOUND", "CHECK_METHOD", "JUMP_IF_FALSE", "JUMP_IF_TRUE", "RETURN"):  # RETURN: it ends
        return read(ins), None
    return frozenset(), None


def list_items(code: CodeObject, kinds: list) -> dict:
    """For each BUILD_LIST whose list only this code can reach and change: what every item ever in it
    is (kinds: the registers' kinds without this knowledge, which are true in any case)."""
    builtins = known_builtins(code, jump_targets(code))
    if runs_other_code(code, builtins, kinds if may_make_classes(code.module) else None):
        return {}
    sites = list_sites(code)
    escaped = set()
    stored = {}                         # site -> the kinds of what is put in
    for index, ins in enumerate(code.instructions):
        if ins[0] == "BUILD_LIST":
            first, n = ins[2]
            stored.setdefault(index, []).extend(kinds[index].get(r) for r in range(first, first + n))
        kept, item = private_list_uses(code, index, builtins)
        for r in read(ins):
            if r not in kept:
                escaped |= sites[index].get(r, frozenset())
        if item is not None:
            put = [kinds[index].get(item)]
            if ins[0] == "SET_ITEM" and kinds[index].get(ins[2]) != SMALL and isinstance(put[0], Seq):
                put.append(put[0].items)        # the index may be a slice object: a[s] = seq stores seq's items
            for site in sites[index].get(ins[1] if ins[0] == "SET_ITEM" else ins[2], frozenset()):
                stored.setdefault(site, []).extend(put)
    result = {}
    for site, items in stored.items():
        merged = merge_items(items)
        if site not in escaped and merged is not None:
            result[site] = merged
    return result


def register_reads(code: CodeObject) -> list:
    """How many instructions read each register."""
    reads = [0] * max(code.nregs, 1)
    for ins in code.instructions:
        for r in read(ins):
            reads[r] += 1
    return reads


FLOAT_ARITHMETIC = {"+", "-", "*", "/"}
FLOAT_COMPARISONS = {"<", "<=", "==", "!=", ">", ">="}


def float_consumer(ins) -> bool:
    """An instruction whose compiled code takes a bare double for its operands (codegen: unboxed floats)."""
    if ins[0] in ("BINARY", "INPLACE"):
        return BINARY_OPS[ins[2]] in FLOAT_ARITHMETIC
    if ins[0] == "UNARY":
        return UNARY_OPS[ins[2]] == "-"
    return ins[0] == "COMPARE" and COMPARE_OPS[ins[2]] in FLOAT_COMPARISONS


FLOAT_TRANSPARENT = {"MOVE", "CHECK_BOUND"}        # they pass a bare double on, or only test it is there


def float_registers(code: CodeObject) -> frozenset:
    """The registers, locals or scratch, where compiled code may keep a float as a bare double, never
    boxed (codegen, "Floats"): some + - * / or unary - writes them, and only those, comparisons, CHECK_BOUND
    and MOVEs into such registers read them (`d = dx * dx + dy * dy`, `zr, zi = ...`). Their frame
    record then holds the mark frameobj.BARE, and the double beside it, boxed when the frame is looked
    at. None in code that reads registers by number (INTROSPECT), nor in a generator's, whose frame
    record is the interpreter's, with no shadow area, and whose registers outlive a yield in a tuple."""
    if code.suspends or any(ins[0] == "INTROSPECT" for ins in code.instructions):
        return frozenset()
    candidates, excluded = set(), set()
    moves = []
    for ins in code.instructions:
        consumer = float_consumer(ins)
        if consumer and ins[0] != "COMPARE":
            candidates.add(ins[1])
        if ins[0] == "MOVE":
            moves.append((ins[1], ins[2]))
        elif not consumer and ins[0] not in FLOAT_TRANSPARENT:
            excluded |= read(ins)
    candidates |= {dst for dst, _ in moves}
    chosen = candidates - excluded
    changed = True
    while changed:                       # a MOVE out of a chosen register goes into a chosen one
        changed = False
        for dst, src in moves:
            if src in chosen and dst not in chosen:
                chosen.discard(src)
                changed = True
    return frozenset(chosen)


def unit_step_ranges(code: CodeObject) -> set:
    """The counter registers of range loops whose step is 1: every RANGE_START of that state has
    fewer than 3 arguments."""
    starts = {}
    for ins in code.instructions:
        if ins[0] == "RANGE_START":
            starts[ins[1][0]] = starts.get(ins[1][0], True) and ins[2][1] < 3
    return {counter for counter, unit in starts.items() if unit}


def known_loads(code: CodeObject, targets: set, opcode: str) -> dict:
    """For each instruction, the registers certainly holding what an `opcode` instruction (LOAD_BUILTIN,
    LOAD_GLOBAL) loaded, by its operand (tracked through straight-line code, forgotten at jump targets
    and overwrites)."""
    known, result = {}, {}
    for index, ins in enumerate(code.instructions):
        if index in targets:
            known = {}
        result[index] = dict(known)
        for r in written(ins):
            known.pop(r, None)
        if ins[0] == opcode:
            known[ins[1]] = ins[2]
    return result


def known_builtins(code: CodeObject, targets: set) -> dict:
    """For each instruction, the registers certainly holding a builtin, by name."""
    return {index: {r: code.names[k] for r, k in regs.items()}
            for index, regs in known_loads(code, targets, "LOAD_BUILTIN").items()}


def global_functions(module) -> dict:
    """The functions a module's globals most likely hold, by slot: a `def` at module level binds the
    slot, and nothing else in the module binds it or unbinds it. A likelihood, not a fact (the def
    may not have run yet, or the global may be replaced from outside): compiled code checks it.
    Generator and async functions are left out: calling one makes a generator or coroutine, in the
    interpreter."""
    binds = {}
    for code in module.walk():
        for ins in code.instructions:
            if ins[0] in ("STORE_GLOBAL", "UNBIND_GLOBAL", "DELETE_GLOBAL"):
                binds[ins[1]] = binds.get(ins[1], 0) + 1
    top = module.code
    found = {}
    for ins, after in zip(top.instructions, top.instructions[1:]):
        if ins[0] == "MAKE_FUNCTION" and after[0] == "STORE_GLOBAL" and after[2] == ins[1] and binds[after[1]] == 1 \
                and not top.consts[ins[2]].suspends:
            found[after[1]] = top.consts[ins[2]]
    return found


def static_binding(callee: CodeObject, npos: int, kwnames: tuple):
    """How a call of npos positional arguments and then keywords named kwnames binds callee's parameters,
    when that is known before running: per parameter register, the index of the argument it gets, or
    None when it is left to its default. None when the call needs the runtime's binder: *args or
    **kwargs, too many arguments, a keyword naming no parameter (or a positional-only one) or one
    given already. (Whether defaults are there for every parameter left out is known only at run time.)"""
    if callee.flags & (CO_VARARGS | CO_VARKEYWORDS) or npos > callee.argcount:
        return None
    total = callee.argcount + callee.kwonlyargcount
    plan = list(range(npos)) + [None] * (total - npos)
    for k, name in enumerate(kwnames):
        if name not in callee.varnames[callee.posonlyargcount:total]:
            return None
        i = callee.varnames.index(name, callee.posonlyargcount)
        if plan[i] is not None:
            return None
        plan[i] = npos + k
    return plan


# Instructions with an attribute cache (runtime/attrcache.py): where their name operand is in the
# instruction, and the kind of cache (0 load, 1 store, 2 method); a CHECK_METHOD shares its call's.
ATTRIBUTE_CACHES = {"GET_ATTR": (3, 0), "SET_ATTR": (2, 1), "CHECK_METHOD": (2, 2), "CALL_METHOD": (3, 2)}
CACHE_KINDS = ("load", "store", "method")


def attribute_caches(code: CodeObject) -> dict:
    """Instruction index -> the number of its cache in the code: one per name and kind, so that the
    sites of one name share what they learn (self.x read in several places of a method)."""
    numbers, caches = {}, {}
    for index, ins in enumerate(code.instructions):
        place = ATTRIBUTE_CACHES.get(ins[0])
        if place is not None:
            caches[index] = numbers.setdefault((ins[place[0]], place[1]), len(numbers))
    return caches
