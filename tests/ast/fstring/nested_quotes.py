# tokens: PEP 701 nested quotes of the same kind
f"{"a"}"
f'{'b'}'
f"{f"{f"{x}"}"}"
f"{x["key"]}"
