# Memory: the resident peak of starting and stopping, to subtract from the others.
print("ok")
