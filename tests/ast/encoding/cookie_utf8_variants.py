# coding=UTF8
# cookie spelling: '=' and an alias of utf-8
x = 'é'
