"""peristiwa: political event data (CAMEO, PLOVER) from Indonesian news."""

__version__ = "0.1.0"


def load(model=None):
    """Load the full pipeline (see :class:`peristiwa.pipeline.Peristiwa`)."""
    from peristiwa.pipeline import load as _load

    return _load(model)


__all__ = ["load", "__version__"]
