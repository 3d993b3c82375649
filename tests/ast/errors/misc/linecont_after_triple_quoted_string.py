xyz = """a
b""" \r
