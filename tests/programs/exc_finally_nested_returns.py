# finally clauses nested inside finally clauses, with a return on every way out: each clause is
# copied onto each way out, so the code doubles with each level (dead copies are not compiled)
def chain(x, fail):
    try:
        x += 1
        if fail:
            x = x // 0
        return x
    finally:
        print("level 1", x)
        try:
            x += 10
            return x
        finally:
            print("level 2", x)
            try:
                x += 100
                if fail:
                    raise ValueError(x)
                return x
            finally:
                print("level 3", x)
                try:
                    x += 1000
                    return x
                finally:
                    print("level 4", x)
                    if x > 2000:
                        return -x


def tree(n):
    try:
        try:
            if n == 0:
                raise KeyError(n)
            return "a"
        finally:
            if n == 1:
                return "b"
    finally:
        try:
            if n == 2:
                return "c"
        finally:
            if n < 3:
                print("inner finally of", n)
            else:
                return "d"


def dead_code_after_return(x):
    return x * 2
    print("never")
    while True:
        x = undefined_name
    return x


print(chain(0, False))
print(chain(0, True))
print(chain(5000, False))
for n in range(4):
    try:
        print(tree(n))
    except KeyError as e:
        print("KeyError", e)
print(dead_code_after_return(21))
