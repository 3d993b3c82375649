# warnings module: the same warning text on two lines is printed twice
x = "\d"
y = "\d"
