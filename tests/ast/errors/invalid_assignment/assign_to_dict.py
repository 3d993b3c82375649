# cannot assign to dict literal
{} = 1
