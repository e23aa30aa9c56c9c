It’s the town’s biggest project since the ’90s, and we don’t know why.
It's the players' union and the '90s boom; rock 'n' roll gave 'em hope.
‘It’s fine,’ said the town’s mayor, who didn’t stay.
