# string_parser.c: warnings for each part of an implicit concatenation
x = ("\d"
     "\e")
