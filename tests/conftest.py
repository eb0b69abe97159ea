import pytest


@pytest.fixture(scope="session")
def pipeline():
    """The full pipeline with the packaged model (or $PERISTIWA_MODEL), loaded once."""
    import peristiwa

    return peristiwa.load()
