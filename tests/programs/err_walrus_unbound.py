# a name an assignment expression binds in a branch not taken is still unbound
# expect-exit: 1
# expect-stderr: UnboundLocalError: cannot access local variable 'hit' where it is not associated with a value


def search(items):
    if items and (hit := items[0]) > 0:
        print("found", hit)
    return hit


print(search([3]))
print(search([]))
