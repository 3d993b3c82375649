# dict unpacking of a conditional in a dict display: invalid syntax in 3.14
{**a if b else **c}
