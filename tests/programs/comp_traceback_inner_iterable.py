# a later iterable is iterated inside the comprehension
# expect-exit: 1
# expect-stderr: TypeError: 'NoneType' object is not iterable
def flatten(rows):
    return [y for row in rows
              for y in row]
print(flatten([[1, 2], [3]]))
flatten([[1], None])
