# lexer.c: every valid string prefix, any case
a = (u'', U'', r'', R'', b'', B'', br'', Br'', bR'', BR'', rb'', rB'', Rb'', RB'')
b = (f'', F'', fr'', Fr'', fR'', FR'', rf'', rF'', Rf'', RF'')
c = (t'', T'', tr'', Tr'', tR'', TR'', rt'', rT'', Rt'', RT'')
