# python.gram: invalid_lambda_star_etc ('*' ',' ':')
lambda *,: 0
