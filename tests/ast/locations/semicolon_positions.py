# ast: positions of several statements on one line
a = 1; b = 2; c = 3
