# expect-exit: 1
# expect-stderr: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
data = b"caf\xe9 au lait"
print(data.decode("latin-1"))
print(data.decode())
