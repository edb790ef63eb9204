# A base class's __init_subclass__ runs for every subclass (an implicit class method).
class Plugin:
    registry = []
    def __init_subclass__(cls):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(A): pass
print(Plugin.registry)
class Base:
    @classmethod
    def __init_subclass__(cls):
        print("subclass", cls.__name__)
class D(Base): pass
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "name"):
            raise TypeError(f"{cls.__name__} needs a name")
class Good(Strict):
    name = "good"
try:
    class Bad(Strict): pass
except TypeError as e:
    print("TypeError:", e)
print(Good.name)
