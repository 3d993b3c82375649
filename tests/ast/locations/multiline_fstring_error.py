# an error inside a multi-line f-string replacement field
x = f"""a{
  b c
}"""
