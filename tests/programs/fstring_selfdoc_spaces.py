# f-string self-documenting expressions keep the spaces around '='.
n = 42
x = 3.14159
print(f"{n = }", f"{n= }", f"{n =}", f"{n=}", f"{ n = }", f"{x = :.2f}", f"{x= !s}", f"{n = !r:>5}", f"{n*2 = }")
