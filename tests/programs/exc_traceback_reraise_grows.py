# re-raising through more frames adds traceback entries; the handler's frame is the first entry
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return deep(n - 1)
def names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name + ":" + str(tb.tb_lineno))
        tb = tb.tb_next
    return out
def middle():
    try:
        deep(2)
    except LookupError as e:
        print("in middle:", names(e.__traceback__))
        raise
try:
    middle()
except LookupError as e:
    print("at top:", names(e.__traceback__))
def raise_saved(err):
    raise err
saved = KeyError("saved")
for i in range(2):
    try:
        raise_saved(saved)
    except KeyError as e:
        print("round", i, e is saved, len(names(e.__traceback__)))
