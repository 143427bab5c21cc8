# finally runs on break and continue out of a try inside loops; return in finally inside a loop
def loop():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    else:
        out.append("else")
    return out
print(loop())
def loop_while():
    n = 0
    while True:
        n += 1
        try:
            try:
                if n % 2:
                    continue
                if n > 5:
                    break
            finally:
                print("inner finally", n)
        finally:
            print("outer finally", n)
    return n
print(loop_while())
def return_in_loop():
    for i in range(3):
        try:
            return i
        finally:
            print("finally in loop", i)
print(return_in_loop())
def finally_breaks():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "error dropped by break"
print(finally_breaks())
