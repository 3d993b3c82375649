# ast: lone surrogates in str constants are kept and printed escaped
x = "\ud800"
y = "\udc00\ud83d\ude00"
