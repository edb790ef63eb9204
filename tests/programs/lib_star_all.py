# A module with __all__, for import_star_all.py
__all__ = ["pub", "_hidden_exported"]
pub = 1
_hidden_exported = 2
other = 3
