"""Which functions may run the collector (docs/lowpy.md, "automatic rooting").

A function may collect when it calls `new`, a `@collects` function, anything
through a pointer, or a function that may collect. Only such functions keep
their references in a root record; the rest run with no rooting cost at all.
"""
from __future__ import annotations

import ast

from pyvm.lowpy.declarations import FunctionDecl
from pyvm.lowpy.intrinsics import INTRINSICS, CONVERSIONS

# `for i in range(...)` is a counted loop, not a call (lowpy's only `for`).
NOT_CALLS = INTRINSICS | set(CONVERSIONS) | {"range"}


def direct_facts(program, decl: FunctionDecl):
    """(collects by itself, the FunctionDecls it calls directly)."""
    collects = decl.collects
    callees = set()
    for node in ast.walk(decl.node):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Name):
            if f.id == "new":
                collects = True
                continue
            if f.id in NOT_CALLS:
                continue
            target = program.lookup(decl.module, f.id)
            if isinstance(target, FunctionDecl):
                if not target.extern:
                    callees.add(target)
                continue
        collects = True       # a call through a pointer may do anything
    return collects, callees


def may_collect(program) -> set:
    """The set of FunctionDecls (of every loaded module) that may collect."""
    facts = {d: direct_facts(program, d) for d in program.functions() if not d.extern}
    result = {d for d, (c, _) in facts.items() if c}
    callers = {}
    for d, (_, callees) in facts.items():
        for c in callees:
            callers.setdefault(c, set()).add(d)
    work = list(result)
    while work:
        d = work.pop()
        for caller in callers.get(d, ()):
            if caller not in result:
                result.add(caller)
                work.append(caller)
    return result


def expression_may_collect(program, module, node, collecting: set, local_names=()) -> bool:
    """Whether evaluating `node` may collect (used to protect temporaries)."""
    for sub in ast.walk(node):
        if not isinstance(sub, ast.Call):
            continue
        f = sub.func
        if isinstance(f, ast.Name):
            if f.id == "new":
                return True
            if f.id in NOT_CALLS:
                continue
            if f.id not in local_names:
                target = program.lookup(module, f.id)
                if isinstance(target, FunctionDecl):
                    if target in collecting:
                        return True
                    continue
        return True
    return False
