# tb_lineno records where each frame was when the error passed; f_lineno of a finished frame
import sys
def thrower(n):
    if n > 2:
        raise ValueError(n)
    return n
def loop():
    i = 0
    while True:
        i += 1
        thrower(i)
try:
    loop()
except ValueError as e:
    tb = e.__traceback__
    print("module line", tb.tb_lineno, tb.tb_frame is sys._getframe())
    t2 = tb.tb_next
    print("loop line", t2.tb_lineno, t2.tb_frame.f_lineno, t2.tb_frame.f_locals)
    t3 = t2.tb_next
    print("thrower line", t3.tb_lineno, t3.tb_frame.f_lineno, t3.tb_frame.f_locals)
    print(e.args)
