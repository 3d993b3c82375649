# coding: rot13
# codec lookup: '%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs
x = 1
