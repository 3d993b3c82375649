# string_parser.c: unknown \N name in an f-string, with a SyntaxWarning emitted from a later line first
f"\n\t\x41\u0041\N{DASH}{x}\\"
f"\{{x}}"
