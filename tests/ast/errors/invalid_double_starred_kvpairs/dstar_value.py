# dict-unpacking dictionary value: invalid syntax in 3.14
{1: **a}
