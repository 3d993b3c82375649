# A \N{...} escape with an unknown character name.
print("\N{LATIN SMALL LETTER A}")
print("\N{NO SUCH CHARACTER NAME}")
