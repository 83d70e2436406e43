"""The README documents every command and every named query, and its commands exist."""

from __future__ import annotations

import re
from pathlib import Path

from milcoop.cli import parser
from milcoop.query import list_queries

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subcommands() -> list[str]:
    action = next(a for a in parser()._actions if a.dest == "command")
    return sorted(action.choices)


def test_readme_opens_with_the_two_commands():
    blocks = re.findall(r"```\n(.*?)\n```", README, re.S)
    assert blocks[0].strip() == "pip install . && milcoop build"
    assert blocks[1].strip() == "pip install '.[test]' && python -m pytest"


def test_every_command_is_documented():
    for command in _subcommands():
        assert f"`milcoop {command}" in README, command


def test_every_named_query_is_documented():
    for query in list_queries():
        assert f"| `{query.name}` |" in README, query.name


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && python -m pytest" in ci
