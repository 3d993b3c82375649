# a block header at EOF without newline
if x: