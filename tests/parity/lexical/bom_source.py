# A source file starting with a UTF-8 BOM runs normally.
print("with bom", "é")
