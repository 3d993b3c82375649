# string_parser.c: every valid escape in a str literal
s = "\\ \' \" \a \b \f \n \r \t \v \0 \7 \77 \101 \x41 \u00e9 \U0001F600 \N{BULLET} \N{LATIN SMALL LETTER E WITH ACUTE}"
