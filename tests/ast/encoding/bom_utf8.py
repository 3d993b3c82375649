# tokenizer helpers.c: a UTF-8 BOM is skipped; offsets do not count it
x = 'é' + (
  1)
