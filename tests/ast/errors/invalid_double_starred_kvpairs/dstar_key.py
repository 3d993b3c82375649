# dict-unpacking dictionary key: invalid syntax in 3.14
{**a: 1}
