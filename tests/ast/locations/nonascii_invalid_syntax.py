# pegen_errors.c: error offsets are characters, not bytes, after non-ASCII text
s = "héllo wörld" 1
