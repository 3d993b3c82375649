s = 'ab\
cd' \r
