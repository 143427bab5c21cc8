# comprehension frames: sys._getframe, f_locals, tracebacks caught, locals()
import sys
def show():
    f = sys._getframe(1)
    print(f.f_code.co_name, [k for k in f.f_locals if k != '.0'], f.f_back.f_code.co_name, f.f_lineno)
    return 1
[show() for q in range(1)]
{show(): 1 for q in range(1)}
def g(a):
    return [show() for q in range(a)]
g(2)
def h():
    return [[show() for inner in range(1)] for outer in range(1)]
h()
def failing():
    return [1 // x for x in [1, 0]]
try:
    failing()
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
print([type(v).__name__ for v in [locals() for q in range(1)][0].values()])
print([len(locals()) for q in range(1)])
def code_names():
    return [sys._getframe().f_code.co_name for _ in range(1)] + [sys._getframe().f_code.co_qualname for _ in range(1)]
print(code_names())
