# with statements whose managers, __enter__ results and exceptions are fresh objects, run while the
# collector moves them (CI runs this with PYVM_GC_STRESS=1 too)
class Manager:
    def __init__(self, tag):
        self.tag = [tag] * 3

    def __enter__(self):
        return {"tag": self.tag, "list": list(range(5))}

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.seen = (exc_type.__name__, str(exc), [exc] * 2)
            return len(self.seen[1]) % 2 == 0
        self.seen = ("clean", str(self.tag))
        return None


def work(n):
    out = []
    for i in range(n):
        m = Manager(str(i))
        try:
            with m as (d), Manager(i) as e:
                if i % 3 == 0:
                    raise ValueError("x" * (i % 4))
                out.append(d["tag"][0] + str(e["list"][i % 5]))
        except ValueError as err:
            out.append("passed on: " + str(err))
        out.append(m.seen[0])
    return out


print(work(40))
result = None
for i in range(300):
    result = work(3)
print(result)
