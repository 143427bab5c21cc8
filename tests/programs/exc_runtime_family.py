# RuntimeError, NotImplementedError, RecursionError, StopIteration raised explicitly and told apart
def op(kind):
    if kind == "todo":
        raise NotImplementedError("later")
    if kind == "stop":
        raise StopIteration(99)
    if kind == "runtime":
        raise RuntimeError("generic", 1)
    if kind == "recursion":
        raise RecursionError
    return kind
for k in ("todo", "stop", "runtime", "recursion", "plain"):
    try:
        print("ok", op(k))
    except RuntimeError as e:
        sub = isinstance(e, (NotImplementedError, RecursionError))
        print("RuntimeError family", type(e).__name__, e.args, sub)
    except Exception as e:
        print("other", type(e).__name__, e.args, e.args[0] + 1)
