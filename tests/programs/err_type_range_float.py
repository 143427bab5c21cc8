# range with a float bound: "'float' object cannot be interpreted as an integer"
# expect-exit: 1
# expect-stderr: TypeError: 'float' object cannot be interpreted as an integer
for i in range(10 // 4):
    print(i)
for i in range(10 / 4):
    print(i)
