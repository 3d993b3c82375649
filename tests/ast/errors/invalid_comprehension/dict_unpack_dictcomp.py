# dict unpacking cannot be used in dict comprehension
{**x for x in y}
