# expect-exit: 1
# expect-stderr: FileNotFoundError: [Errno 2] No such file or directory: 'no-such-dir/data.txt'
with open('no-such-dir/data.txt') as f:
    print(f.read())
