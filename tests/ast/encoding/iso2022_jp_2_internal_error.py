# coding: iso2022_jp_2
x = 1
.JNA
