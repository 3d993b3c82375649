# tokens: nested f-strings up to the limit
f"{f"{f"{f"{f"{x}"}"}"}"}"
