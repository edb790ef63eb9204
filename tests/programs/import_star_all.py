# "from m import *" takes exactly the names in m.__all__ (private ones too).
from lib_star_all import *
print(pub, _hidden_exported)
try:
    print(other)
except NameError as e:
    print("NameError:", e)
