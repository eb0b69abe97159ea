"""peristiwa: political event data (CAMEO, PLOVER) from Indonesian news."""

__version__ = "0.1.0"
