# expect-exit: 1
# expect-stderr: UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
print("aéèb".encode("ascii", "ignore"))
print("aéèb".encode("ascii"))
