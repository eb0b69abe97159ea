"""Coercion (root 17) with no named victim targets the people of the place it happens at (sentences written
for these tests)."""

from coding import coder, triples


code = coder("2025-03-05")


def test_coercion_at_a_holy_site_targets_its_people(pipeline):
    ev = code(pipeline, "Malaysia mengecam tindakan kekerasan polisi Israel di Masjid Al-Aqsa pekan lalu.")
    assert ("17", "ISRCOP", "PSECVL") in triples(ev)


def test_coercion_in_a_contested_region_targets_its_people(pipeline):
    ev = code(pipeline, "Tentara Myanmar melakukan kekerasan di Rakhine selama berbulan-bulan.")
    assert ("17", "MMRMIL", "MMRCVL") in triples(ev)
