# A truncated \x escape.
s = "\x41"
t = "\x4"
