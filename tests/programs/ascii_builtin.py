# ascii(): repr with non-ASCII characters escaped
print(ascii("plain"), ascii("héllo"), ascii("日本"), ascii("😀"), ascii("\x7f\x80\xff\u0100"))
print(ascii(["é", ("ü", 1)]), ascii(1.5), ascii(None), ascii(ascii))
print(ascii("it's"), ascii('"q"'), ascii("\n\t"))
try:
    ascii()
except TypeError as e:
    print(e)
try:
    ascii(1, 2)
except TypeError as e:
    print(e)
