# types module: what CPython's documentation shows
import types
print(types.FunctionType, types.MethodType, types.GeneratorType, types.ModuleType, types.NoneType)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [1]; print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
C = types.new_class("C", (object,), exec_body=lambda ns: ns.update(x=5)); print(C.x, C.__name__)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType))
