"""Where the packaged data lives."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_DIR = DATA_DIR / "model"
