# ast.dump: repr of non-printable and special characters in str constants
x = "\x00\x7f\x85\xa0\xad\u2028\u200b\ufeff\U000e0001"
y = 'it''s'
z = "it's \"quoted\""
