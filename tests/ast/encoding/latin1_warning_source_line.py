# coding: latin-1
# the warning prints the source line decoded with the cookie
x = 'é\d'
