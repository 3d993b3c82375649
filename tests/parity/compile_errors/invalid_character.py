# A non-ASCII character that is not allowed in an identifier or operator.
price = 10
total = price € 2
