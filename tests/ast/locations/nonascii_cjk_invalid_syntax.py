# pegen_errors.c: 3-byte UTF-8 characters before the error
名前 = "日本語" "テスト" ]
