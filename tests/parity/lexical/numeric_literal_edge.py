# Numbers followed by keywords, attribute access on int literals, and 1if-style spellings.
print(1 .real, 1..hex() if False else (1.0).hex())
print((255).to_bytes(2, "big"), 0x10.bit_length() if False else (0x10).bit_length())
print([x for x in (1, 2, 3) if x] , 1 if 1 else 2)
print(0 or 5, 0x1f and 3)
print(type(1 .__add__).__name__)
print(1_0 .bit_count())
