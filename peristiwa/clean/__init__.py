"""Clean: boilerplate removal with an offset map, language gate, sentence segmentation."""

from peristiwa.clean.cleaner import clean_document, clean_text
from peristiwa.clean.langid import LanguageIdentifier, prepare
from peristiwa.clean.segment import segment

__all__ = ["clean_document", "clean_text", "LanguageIdentifier", "prepare", "segment"]
