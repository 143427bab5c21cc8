# walking e.__traceback__ through tb_next: one entry per frame, tb_lineno and the frame's code name
def c(x):
    return x[5]
def b(x):
    y = c(x)
    return y
def a():
    return b([1, 2, 3])
try:
    a()
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        print(n, tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
        n += 1
    print("entries:", n)
def local_raise():
    try:
        raise ValueError("here")
    except ValueError as e:
        tb = e.__traceback__
        return (tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)
print(local_raise())
