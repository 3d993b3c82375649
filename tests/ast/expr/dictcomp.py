# python.gram: dictcomp
{k: v for k, v in d}
{k: v for k in a if k for v in b}
{(k := 1): v for v in d}
