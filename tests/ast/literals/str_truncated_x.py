# string_parser.c: (unicode error) 'unicodeescape' codec can't decode bytes ... truncated \xXX escape
x = "\x4"
