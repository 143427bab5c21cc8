# Many user exceptions raised and kept, each holding objects: the collector moves them all.
class Payload(Exception):
    def __init__(self, i, data):
        super().__init__(i)
        self.data = data
        self.tags = {"i": i, "name": "p%d" % i}


class Wrapped(Payload):
    pass


class Node:
    def __init__(self, v):
        self.v = v


def work(i):
    if i % 3 == 0:
        raise Wrapped(i, [Node(i), str(i) * 3])
    raise Payload(i, [Node(i), [i] * 4])


kept = []
for i in range(300):
    try:
        try:
            work(i)
        except Wrapped as w:
            raise Payload(-i, w.data) from w
    except Payload as p:
        kept.append(p)
total = 0
for p in kept:
    total += p.data[0].v + p.args[0]
    if p.__cause__ is not None:
        total += p.__cause__.tags["i"]
print(len(kept), total, kept[3].tags["name"], repr(kept[3].__cause__), kept[7].data[1])
print(len([p for p in kept if isinstance(p.__cause__, Wrapped)]), str(kept[-1]), kept[-1].__traceback__.tb_lineno)
by_exc = {p: p.tags["name"] for p in kept}
print(len(by_exc), by_exc[kept[10]])
