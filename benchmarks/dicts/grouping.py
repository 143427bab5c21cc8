# Grouping records with setdefault and a dict of lists, then dicts of dicts built by comprehensions.
records = [(i % 97, i % 13, i) for i in range(400000)]
groups = {}
for key, kind, value in records:
    groups.setdefault(key, []).append(value)
by_kind = {}
for key, kind, value in records:
    inner = by_kind.get(kind)
    if inner is None:
        inner = by_kind[kind] = {}
    inner[key] = inner.get(key, 0) + value
summary = {k: (len(v), v[0], v[-1]) for k, v in groups.items()}
totals = {kind: sum(inner.values()) for kind, inner in by_kind.items()}
print(len(groups), summary[5], totals[3], sum([len(v) for v in groups.values()]))
