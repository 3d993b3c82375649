#!/usr/bin/env python3
# a cookie on line 3 is ignored, so latin-1 bytes are invalid UTF-8
# coding: latin-1
x = 'é'
