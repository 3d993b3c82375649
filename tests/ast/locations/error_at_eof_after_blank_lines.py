# an incomplete statement followed by blank lines and comments
x = (1 +


# comment
