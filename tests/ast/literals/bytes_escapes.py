# string_parser.c: escapes in bytes literals (\u and \N are not escapes in bytes)
b = b"\\ \' \" \a \b \f \n \r \t \v \0 \7 \101 \x41 \xff"
