"""milcoop: from news about military cooperation to a validated, reasoned, queryable graph.

The library is the pipeline's stages, one function each; the `milcoop` command wraps them.
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

# public name -> module that defines it; imported on first use so `import milcoop` stays cheap
_STAGES = {
    "build": ".build",
    "extract": ".extraction",
    "reason": ".reason",
    "validate": ".validate",
    "export": ".export",
    "run_query": ".query",
}
__all__ = [*_STAGES, "__version__"]


def __getattr__(name: str):
    if name in _STAGES:
        return getattr(import_module(_STAGES[name], __name__), name)
    raise AttributeError(f"module 'milcoop' has no attribute {name!r}")
