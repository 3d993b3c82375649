# ast.dump: repr of strings with backslashes, quotes, tabs, newlines, non-BMP and private-use characters
x = ("a\\b", 'q"uote', "it's", "\t\n\r", "\U0001F600", "\ue000", "\U0010FFFF", "\x1b[0m")
