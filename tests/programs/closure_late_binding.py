# closures made in a loop see the variable's last value (late binding); a default freezes it
def late():
    fs = []
    for i in range(4):
        fs.append(lambda: i * 10)
    return fs

def early():
    fs = []
    for i in range(4):
        fs.append(lambda i=i: i * 10)
    return fs

print(late()[0](), late()[3](), early()[0](), early()[3]())
fs = late()
for f in fs:
    print(f(), end=" ")
print()
