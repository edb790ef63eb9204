# A line that closes a multi-line bracket may go on (black style): it has no
# indentation of its own.
def check(a, b):
    if (
        a
        and b
    ):
        return "both"
    return "not both"
print(check(1, 1), check(1, 0))
def area(width,
         height) -> int:
    return width * height
total = sum([1,
             2]) * 3
print(area(2, 3), total)
