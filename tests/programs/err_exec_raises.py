# an exception raised inside exec() text propagates with its traceback
def run(text):
    exec(text, {"n": 3})
run("def boom(k):\n    return 10 // k\nboom(n - 3)\n")
