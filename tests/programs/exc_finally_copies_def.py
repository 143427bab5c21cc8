# a finally clause with a def is compiled once per way out (continue, break, falling through)
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        def g():
            return i * 10
        print(g())
print("end")
