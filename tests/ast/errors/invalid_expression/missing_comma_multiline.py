# invalid syntax. Perhaps you forgot a comma? (range across lines)
x = [1,
     2
     3]
