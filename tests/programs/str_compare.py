# == != < <= > >= on strs (lexicographic by code point), and min/max of strs
print("a" == "a", "a" != "b", "a" < "b", "abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print("apple" > "Apple", "10" < "9", "a" <= "a", "b" >= "a", "ab" + "c" == "abc")
print(min("b", "a", "c"), max("apple", "banana"), max(["z", "za", "y"]), min("", "a"))
words = ["pear", "apple", "fig", "banana", "cherry", "Apple", "apricot"]
best = words[0]
for w in words:
    if w < best:
        best = w
    print(w, best, w > "c", "c" < w < "g")
print(1 == "1", "1" != 1, "" == "")
