# invalid_expression range in characters when both ends follow non-ASCII text
print("é" "ü" ä ö)
