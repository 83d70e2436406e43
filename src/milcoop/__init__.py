"""milcoop: from news about military cooperation to a validated, reasoned, queryable graph."""

__version__ = "0.1.0"
