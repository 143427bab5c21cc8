"""'Did you mean' for NameError, as CPython 3.11's Python/suggestions.c computes it (read, not copied).

Candidates come in passes: the failing frame's local names, the module's
globals, the builtins; the first pass with a close enough name wins.
"""
from __future__ import annotations

import builtins

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1

# A module's globals dict starts with these keys, in this order, before the program's own.
MODULE_DUNDERS = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
                  "__builtins__", "__file__", "__cached__"]


def substitution_cost(a: int, b: int) -> int:
    if (a & 31) != (b & 31):
        return MOVE_COST
    if a == b:
        return 0
    lower = lambda c: c + 32 if 65 <= c <= 90 else c
    return CASE_COST if lower(a) == lower(b) else MOVE_COST


def levenshtein(a: bytes, b: bytes, max_cost: int) -> int:
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = [MOVE_COST * (i + 1) for i in range(len(a))]
    result = 0
    for b_index, code in enumerate(b):
        distance = result = b_index * MOVE_COST
        minimum = None
        for index in range(len(a)):
            substitute = distance + substitution_cost(code, a[index])
            distance = row[index]
            result = min(min(result, distance) + MOVE_COST, substitute)
            row[index] = result
            if minimum is None or result < minimum:
                minimum = result
        if minimum > max_cost:
            return max_cost + 1
    return result


def best_match(candidates: list[str], name: str) -> str | None:
    if len(candidates) >= MAX_CANDIDATE_ITEMS:
        return None
    wanted = name.encode()
    best, best_distance = None, None
    for item in candidates:
        if item == name:
            continue
        max_distance = (len(wanted) + len(item.encode()) + 3) * MOVE_COST // 6
        if best_distance is not None:
            max_distance = min(max_distance, best_distance - 1)
        distance = levenshtein(wanted, item.encode(), max_distance)
        if distance > max_distance:
            continue
        if best is None or distance < best_distance:
            best, best_distance = item, distance
    return best


def suggest_name(name: str, local_names: list[str], global_names: list[str]) -> str | None:
    for candidates in (local_names, MODULE_DUNDERS + global_names, list(vars(builtins))):
        found = best_match(candidates, name)
        if found is not None:
            return found
    return None
