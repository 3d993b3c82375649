# string_parser.c: escape decoding in FSTRING_MIDDLE
f"\n\t\x41\u0041\N{EM DASH}{x}\\"
f"\U0001F600{x}\101"
