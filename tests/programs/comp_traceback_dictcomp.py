# an unhashable key in a dict comprehension inside a function
# expect-exit: 1
# expect-stderr: TypeError: unhashable type: 'list'
def index(rows):
    return {r: 1 for r in rows}
print(index(['a', (1, 2)]))
index(['a', [1, 2]])
