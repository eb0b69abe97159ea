"""Readable renderings of analysed sentences: CoNLL-U and a Rich table."""

from __future__ import annotations

from rich.table import Table

from peristiwa.records import Sentence


def _misc(tok) -> str:
    parts = [f"start={tok.start}", f"end={tok.end}"]
    if tok.ent_iob != "O" and tok.ent_type:
        parts.append(f"NE={tok.ent_iob}-{tok.ent_type}")
    if tok.clitic:
        parts.append(f"Clitic={tok.clitic}")
    return "|".join(parts)


def to_conllu(doc_id: str, sentences: list[Sentence]) -> str:
    """CoNLL-U with original character offsets, entities and clitics in MISC."""
    lines: list[str] = [f"# newdoc id = {doc_id}"]
    for s in sentences:
        lines.append(f"# sent_id = {doc_id}-{s.index + 1}")
        lines.append("# text = " + " ".join(s.text.split()))
        for t in s.tokens:
            head = t.head + 1 if t.head >= 0 else 0
            form = t.text.replace(" ", "_") or "_"
            lemma = t.lemma.replace(" ", "_") or "_"
            lines.append(
                "\t".join([str(t.i + 1), form, lemma, t.upos, t.xpos, "_", str(head), t.deprel, "_", _misc(t)])
            )
        lines.append("")
    return "\n".join(lines) + "\n"


def sentence_table(doc_id: str, s: Sentence) -> Table:
    table = Table(title=f"{doc_id} · sentence {s.index + 1} · chars {s.start}–{s.end}", title_justify="left")
    for col in ("#", "token", "lemma", "UPOS", "head", "deprel", "entity", "clitic"):
        table.add_column(col)
    for t in s.tokens:
        head = f"{t.head + 1} {s.tokens[t.head].text}" if t.head >= 0 else "0 ROOT"
        ent = f"{t.ent_iob}-{t.ent_type}" if t.ent_type else ""
        table.add_row(str(t.i + 1), t.text, t.lemma, t.upos, head, t.deprel, ent, t.clitic)
    return table
