# locations: f-string with non-ASCII text (byte offsets)
f"héllo {wörld} ñ"
