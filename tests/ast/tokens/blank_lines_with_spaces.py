# lexer.c: whitespace-only and comment-only lines do not affect indentation
if x:
    a = 1
        
  # misaligned comment
    b = 2
