# python.gram: invalid_lambda_star_etc ('*' ',' '**')
lambda *, **k: 0
