# A non-ASCII character in a bytes literal.
data = b"caf\u00e9 ok"
other = b"café"
