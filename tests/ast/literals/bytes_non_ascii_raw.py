# string_parser.c: bytes can only contain ASCII literal characters (raw bytes)
x = rb"→"
