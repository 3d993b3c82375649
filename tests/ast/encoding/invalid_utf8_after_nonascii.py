# invalid UTF-8 after valid multi-byte characters on the same line
x = 'é日' + '�'
