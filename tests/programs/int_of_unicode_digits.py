# int() and float() of text with Unicode decimal digits and spaces, which CPython reads as ASCII ones
for text in ["١٢٣", " ٤٥ ", "\u2003٧\u3000", "-٣", "١_٢", "١x", "٣٤é", "12", " 1 ", "𝟙𝟚", "१२३", "٣" * 30]:
    try:
        print(repr(text), int(text), int(text, 0), int(text, 16), float(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)
for text, base in [("١g", 16), ("٣٤é", 0), ("0x١٢", 0), ("0x١٢", 16), ("", 7)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
