# expect-exit: 1
# expect-stderr: ValueError: Unknown format code 'd' for object of type 'float'
def report(value):
    return f"value: {value:d}"


print(report(1))
print(report(2.5))
