from .. import VALUE
from ..helper import helped as h2
X = VALUE + 1
print("init", __name__, h2())
