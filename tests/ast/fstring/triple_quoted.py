# tokens: triple-quoted f-strings spanning lines
f"""line1
{x}
line3 {
  y
}"""
f'''{a!r:
>10}'''
