"""Crash-safe file output: a reader sees a file (or a release folder) either old or new.

A build that dies halfway must never leave a truncated dump that a later `milcoop query`
would load as if it were complete, so every output goes through a temporary file in the
target's own directory (same filesystem, so `os.replace` is atomic) and is fsynced first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

_FILE_MODE = 0o644  # mkstemp creates 0600; a published dump is meant to be readable


def _fsync_dir(directory: Path) -> None:
    """Persist a rename: the directory entry itself must reach the disk."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # some platforms/filesystems cannot open directories
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(path, _FILE_MODE)


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; on any error the old file stays as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write_synced(tmp, data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _check_name(name: str) -> None:
    if not name or name in (".", "..") or "/" in name or os.sep in name or name.startswith("."):
        raise ValueError(f"not a plain file name: {name!r}")


def _keep_old(target: Path, backup: Path) -> None:
    """Keep the current version of `target` so a failed publish can put it back."""
    try:
        os.link(target, backup)  # no copy, and `target` never disappears meanwhile
    except OSError:
        shutil.copy2(target, backup)


def publish_dir(files: Mapping[str, bytes], out_dir: str | Path) -> dict[str, Path]:
    """Write a release's files into `out_dir` so that it ends fully old or fully new.

    All files are first written and fsynced into a hidden staging folder inside `out_dir`
    (same filesystem); only then is each moved into place with `os.replace`. If anything fails,
    files already replaced are restored from hard-linked backups and the staging folder is
    removed, so no temporary file is left behind. Other files in `out_dir` are not touched.
    Between the first and last rename a concurrent reader may see a mix (POSIX has no
    multi-file rename); an interrupted process cannot leave one.
    """
    out = Path(out_dir)
    for name in files:
        _check_name(name)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out, prefix=".publish-"))
    new_dir, old_dir = staging / "new", staging / "old"
    replaced: list[tuple[str, bool]] = []  # (name, had an old version)
    try:
        new_dir.mkdir()
        old_dir.mkdir()
        for name in sorted(files):
            _write_synced(new_dir / name, files[name])
        for name in sorted(files):
            target = out / name
            existed = target.exists()
            if existed:
                _keep_old(target, old_dir / name)
            os.replace(new_dir / name, target)
            replaced.append((name, existed))
        _fsync_dir(out)
    except BaseException:
        for name, existed in reversed(replaced):
            with contextlib.suppress(OSError):
                if existed:
                    os.replace(old_dir / name, out / name)
                else:
                    (out / name).unlink()
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return {name: out / name for name in sorted(files)}
