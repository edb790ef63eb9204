# Private names (__x) inside a class are mangled to _Class__x, as in CPython.
class Account:
    __count = 0
    def __init__(self, balance):
        self.__balance = balance
        Account.__count += 1
    def __secret(self):
        return "secret " + str(self.__balance)
    def reveal(self):
        return self.__secret() + f" {self.__balance}"
    def deposit(self, __amount):
        self.__balance += __amount
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return f"Account({self.__balance})"
a = Account(100)
print(a.reveal(), a.deposit(5), Account.count(), a)
print(a._Account__balance, hasattr(a, "__balance"), sorted(k for k in vars(a)))
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
class _Under:
    def __init__(self):
        self.__x = 1
print(vars(_Under()))
class ___:
    def __init__(self):
        self.__y = 2
print(vars(___()))
class Outer:
    class __Inner:
        def __init__(self):
            self.__z = 3
    def make(self):
        return self.__Inner()
print(vars(Outer().make()), hasattr(Outer, "_Outer__Inner"))
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(Sub(7).peek())
class G:
    def f(self):
        __local = 5
        return [__local * i for i in range(3)], lambda: __local
print(G().f()[0], G().f()[1]())
