# tokens: nested t-strings and f-strings
t"{t"{x}"}"
t"{f"{x}"}"
f"{t"{x}"}"
