# invalid_expression missing-comma range across lines
x = [a
     b]
