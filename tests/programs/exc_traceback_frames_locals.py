# frames reached through a caught error's traceback keep their locals after the functions returned
def parse_item(text, pos):
    ch = text[pos]
    digit = int(ch)
    return digit
def parse_all(text):
    total = 0
    for pos in range(len(text)):
        total = total * 10 + parse_item(text, pos)
    return total
print(parse_all("123"))
try:
    parse_all("45z7")
except ValueError as e:
    print("error:", e)
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name)
    f1 = tb.tb_next.tb_frame
    print(f1.f_code.co_name, f1.f_locals)
    f2 = tb.tb_next.tb_next.tb_frame
    print(f2.f_code.co_name, f2.f_locals)
    print(tb.tb_next.tb_next.tb_next)
    print(f2.f_back is f1, f1.f_back.f_code.co_name)
