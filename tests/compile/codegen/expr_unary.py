x = -a, +b, ~c, not d
