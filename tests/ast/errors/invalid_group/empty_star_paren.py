# '(*)' is invalid
(*)
