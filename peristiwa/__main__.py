"""``python -m peristiwa`` runs the command line."""

from peristiwa.cli import app

app()
