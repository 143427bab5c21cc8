# while ... else: else runs when the condition becomes false, not after break
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print("no", target)
    return i

print(find([3, 1, 4, 1, 5], 4))
print(find([3, 1, 4, 1, 5], 9))
print(find([], 1))
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("else after", n)
while False:
    print("never")
else:
    print("else of false loop")
k = 10
while k > 0:
    k -= 3
    if k % 2 == 0:
        continue
    print("k", k)
else:
    print("done", k)
