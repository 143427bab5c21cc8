# str + int: 'can only concatenate str (not "int") to str'
# expect-exit: 1
# expect-stderr: TypeError: can only concatenate str (not "int") to str
label = "count: "
for i in range(3):
    print(label + str(i))
print(label + i)
