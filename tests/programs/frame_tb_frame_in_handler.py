# the first traceback entry is the frame that caught the error; its f_lineno moves on in the handler
import sys
def catcher():
    try:
        thrower(3)
    except ValueError as e:
        tb = e.__traceback__
        print(tb.tb_frame is sys._getframe(), tb.tb_frame.f_code.co_name)
        print("tb_lineno", tb.tb_lineno, "f_lineno now", tb.tb_frame.f_lineno)
        inner = tb.tb_next.tb_frame
        print(inner.f_code.co_name, inner.f_locals, inner.f_back is sys._getframe())
        return inner
def thrower(k):
    local = k * 7
    raise ValueError(local)
fr = catcher()
print(fr.f_locals["local"], fr.f_back.f_code.co_name)
print(fr.f_back.f_back is sys._getframe())
