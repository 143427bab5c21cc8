# stdin: 'only line\n'
# expect-exit: 1
# expect-stderr: EOFError: EOF when reading a line
line = input('> ')
print(line.upper())
input('again> ')
