# str case mappings with Unicode's special casing (ß, ligatures, İ, final sigma, titlecase digraphs)
# and the is...() predicates on non-ASCII text
words = ["hello World", "straße", "ǆungla ǉubav", "ﬁnancial ﬂow", "ΣΊΣΥΦΟΣ ΚΑΙ ΣΑΣ", "Σ", "ΑΣ.", "ΑΣ\u0301Β",
         "İstanbul", "ıi", "ŉ ǰ ẞ", "ᾳ ᾼ ῳ ᾈ", "Ǆ ǅ ǆ", "don't stop", "3rd place", "αβγ ΑΒΓ", "жЖ Ѡ",
         "ⓐⓑ Ⓐ", "𐐀𐐨", "ﬀ ﬃ", "hello\u0345", "Ωmega", ""]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
samples = ["abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "²³", "½", "Ⅷ", " \t\n", "\u3000\x85", "", "a b",
           "日本", "é", "x_1", "_x", "1x", "ℌ", "ǅ", "ǅungla", "ΣΑΣ", "Hello World", "Hello world", "a\x85",
           "\u200b", "\xad", "class", "αβ", "a-b", "𝟎𝟏"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle(), s.isidentifier())
