# stdin: 'first line\nsecond\r\n\n  spaces  \nlast without newline'
# input() reads stdin a line at a time, the prompt written to stdout first; EOFError at the end.
print(repr(input()))
print(repr(input('prompt> ')))
print(repr(input(42)))
print(repr(input()))
print(repr(input('')))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input('a', 'b')
except TypeError as e:
    print(e)
