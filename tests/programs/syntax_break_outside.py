# Syntax error: 'break' outside loop.
print("never printed")
for i in range(3):
    if i == 1:
        break
while False:
    continue
x = 0
if x == 0:
    break
