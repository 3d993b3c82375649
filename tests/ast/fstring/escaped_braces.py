# tokens: FSTRING_MIDDLE with '{{' and '}}'
f"{{}}"
f"{{x}} {y} }}"
f"a{{b"
