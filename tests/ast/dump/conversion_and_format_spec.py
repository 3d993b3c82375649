# ast.dump: FormattedValue conversion codes (-1, 115, 114, 97) and format_spec JoinedStr
f"{a}{a!s}{a!r}{a!a}{a:>{w}}"
