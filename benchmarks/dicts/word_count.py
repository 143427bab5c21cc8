# Counting words into a dict, three ways: get with a default, `in` then update, setdefault.
# 1M words drawn from a vocabulary of 20,000 strs (made once: pyvm has no str.split yet).
vocabulary = ["w" + str(i * 7919 % 100003) for i in range(20000)]
words = [vocabulary[(i * i + 3 * i) % 20000] for i in range(1000000)]

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

seen = {}
for w in words:
    if w in seen:
        seen[w] += 1
    else:
        seen[w] = 1

first = {}
for i in range(len(words)):
    first.setdefault(words[i], i)

print(len(counts), counts["w0"], seen == counts, len(first), first[words[-1]])
