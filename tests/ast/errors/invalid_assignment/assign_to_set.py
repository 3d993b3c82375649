# cannot assign to set display
{a} = 1
