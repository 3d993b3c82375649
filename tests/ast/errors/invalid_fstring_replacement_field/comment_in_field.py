# PEP 701: comments inside a multi-line replacement field
f"""{
    a  # a comment
    + b
}"""
