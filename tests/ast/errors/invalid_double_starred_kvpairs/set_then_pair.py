# set display followed by a key/value pair: invalid syntax
{1, 2: 3}
