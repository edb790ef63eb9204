# A thread that dies of a NameError prints the hint too; the process goes on.
import threading
def work():
    lenght = 3
    print(lengt)
t = threading.Thread(target=work)
t.start(); t.join()
print("after")
