# python.gram: set
{a}
{a, b,}
{*a, b}
{x := 1}
