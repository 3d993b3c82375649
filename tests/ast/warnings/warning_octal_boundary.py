# string_parser.c: \377 is fine, \400 warns
x = "\377\400"
