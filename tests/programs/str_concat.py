# str concatenation with + and building strings in loops
a = "Hello"
b = "World"
print(a + ", " + b + "!")
print(a + "" + b, "" + "", "x" + "y" + "z")
s = ""
for i in range(10):
    s = s + str(i) + ","
print(s)
line = ""
n = 1
while len(line) < 60:
    line = line + str(n) + " "
    n = n * 3
print(line)
print(len(line), n)
word = "ab"
for i in range(6):
    word = word + word
print(len(word), word)
print("multi" "part" + "-" + 'literal')
print("""triple
quoted""" + '''!''')
