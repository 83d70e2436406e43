"""milcoop: from news about military cooperation to a validated, reasoned, queryable graph.

The library is the pipeline's stages, one function each; the `milcoop` command wraps them.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["build", "extract", "reason", "validate", "export", "run_query", "__version__"]


def __getattr__(name: str):
    """Import stages lazily: `import milcoop` stays cheap for the CLI's quick commands."""
    if name == "build":
        from .build import build

        return build
    if name == "extract":
        from .extraction import extract

        return extract
    if name == "reason":
        from .reason import reason

        return reason
    if name == "validate":
        from .validate import validate

        return validate
    if name == "export":
        from .export import export

        return export
    if name == "run_query":
        from .query import run_query

        return run_query
    raise AttributeError(f"module 'milcoop' has no attribute {name!r}")
