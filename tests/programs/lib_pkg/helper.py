def helped():
    return "helped " + __name__ + " " + __package__
