# cannot assign to dict comprehension
{x: y for x in y} = 1
