"""Reading the lexicon data files: UTF-8 TSV with a header row and '#' comment lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read_tsv(path: Path, required: bool = True) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number in the file, row) for every data row; cells are stripped.

    A missing file is an error unless ``required`` is False (then nothing is yielded).
    """
    if not path.exists():
        if required:
            raise FileNotFoundError(f"lexicon file missing: {path}")
        return
    header: list[str] | None = None
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            yield n, dict(zip(header, cells))


def lexicon_file(folder: Path, name: str, default_dir: Path) -> Path:
    """``folder/name`` when an analyst's folder has that file, else the packaged one."""
    p = folder / name
    return p if p.exists() else default_dir / name
