"""User-facing errors: one line naming the file and position, never a traceback."""

from __future__ import annotations

from pathlib import Path


class MilcoopError(Exception):
    """An error in the user's input or request; the CLI prints it on one line and exits 2."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message
