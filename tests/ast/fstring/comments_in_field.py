# tokens: comments inside multi-line replacement fields (PEP 701)
f"""{
    x  # a comment
}"""
