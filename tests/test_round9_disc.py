"""Events whose source or target the sentence does not name (sentences written for these tests): the side taken from
the act of the same root coded in the sentence right before; protests and riots with an unnamed crowd or an institution
named only as their place; coercion by police aimed at the crowd; a rejected price rise or relocation as the
government's policy."""

from coding import coder, pairs, triples

code = coder("2024-03-01")


def _carried(ev):
    return [e for e in ev if "+prev-same-root" in e.rule]


def test_talks_with_no_party_go_on_the_meeting_before(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang di Tokyo. "
                        "Isu perdagangan dan investasi juga dibahas.")
    assert frozenset(("IDN", "JPN")) in pairs([e for e in ev if e.sentence_index == 1], "04"), triples(ev)
    assert _carried(ev)


def test_target_carried_when_the_source_agrees(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengecam Israel atas serangan di Rafah. Prabowo juga mengutuk dengan keras.")
    assert ("11", "IDNGOV", "ISRGOV") in triples([e for e in ev if e.sentence_index == 1]), triples(ev)


def test_protest_note_goes_to_the_envoy_summoned(pipeline):
    ev = code(pipeline, "Kementerian Luar Negeri memanggil Duta Besar Malaysia di Jakarta. Kemlu juga memprotes keras.")
    assert ("11", "IDNGOV", "MYSGOV") in triples([e for e in ev if e.sentence_index == 1]), triples(ev)


def test_only_the_sentence_right_before(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengecam Israel atas serangan di Rafah. Cuaca di Jakarta cerah. "
                        "Prabowo juga mengutuk dengan keras.")
    assert not [e for e in ev if e.sentence_index == 2], triples(ev)


def test_a_noun_naming_the_meeting_again_is_no_new_event(pipeline):
    ev = code(pipeline, "Presiden Jokowi bertemu Perdana Menteri Jepang di Istana Bogor. "
                        "Pertemuan ini merupakan pertemuan kedua tahun ini.")
    assert not [e for e in ev if e.sentence_index == 1], triples(ev)
    assert not _carried(ev)


def test_a_side_that_disagrees_carries_nothing(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengecam Israel atas serangan di Rafah. Kanselir Jerman juga mengutuk dengan keras.")
    assert not _carried(ev), triples(ev)


# -- protests and riots whose crowd or target the sentence leaves unnamed ---------------------------------


def test_institution_at_whose_building_a_riot_happens_is_its_target(pipeline):
    ev = code(pipeline, "Aksi massa di depan kantor KPU Jawa Timur berlangsung ricuh.")
    assert ("14", "IDNCVL", "IDNGOV") in triples(ev), triples(ev)
    assert not [e for e in ev if e.source.code == "IDNGOV"], triples(ev)


def test_office_named_as_the_place_of_a_protest_is_its_target(pipeline):
    ev = code(pipeline, "Unjuk rasa mahasiswa di sekitar Gedung DPRD Jawa Barat berakhir ricuh.")
    assert ("14", "IDNEDU", "IDNLEG") in triples(ev), triples(ev)


def test_riot_with_no_crowd_named_is_by_civilians_with_no_target(pipeline):
    ev = code(pipeline, "Kerusuhan pecah di Wamena, Papua, Kamis (3/10).")
    assert triples(ev) == {("14", "IDNCVL", None)}, triples(ev)


def test_blockade_by_a_crowd_stands_without_target(pipeline):
    ev = code(pipeline, "Ratusan warga memblokade jalan menuju bandara.")
    assert ("14", "IDNCVL", None) in triples(ev), triples(ev)


def test_protest_that_happened_at_an_embassy_is_by_unnamed_civilians(pipeline):
    ev = code(pipeline, "Aksi unjuk rasa terjadi di depan Kedutaan Besar Inggris di Jakarta.")
    assert ("14", "IDNCVL", "GBRGOV") in triples(ev), triples(ev)


def test_protest_noun_as_modifier_is_no_event(pipeline):
    ev = code(pipeline, "Polisi membatasi jumlah peserta demo di kawasan Monas.")
    assert not [e for e in ev if e.code.startswith("14")], triples(ev)


def test_demonstration_with_no_addressee_is_not_coded(pipeline):
    # a demonstration is addressed to someone; with no one named it is left to the story, not coded half-resolved
    ev = code(pipeline, "Ribuan warga berdemo di alun-alun kota.")
    assert not [e for e in ev if e.code.startswith("141")], triples(ev)


# -- coercion by police or soldiers with no object named ---------------------------------------------------


def test_tear_gas_is_aimed_at_the_crowd_the_sentence_names(pipeline):
    ev = code(pipeline, "Suasana memanas saat gas air mata ditembakkan polisi, membuat para pengunjuk rasa berlarian.")
    assert ("17", "IDNCOP", "IDNCVL") in triples(ev), triples(ev)
    assert any("+crowd-repressed" in e.rule for e in ev)


def test_tear_gas_is_aimed_at_the_crowd_the_story_just_named(pipeline):
    ev = code(pipeline, "Ratusan mahasiswa berunjuk rasa di depan Gedung DPRD Sumatera Utara. "
                        "Aparat kemudian menembakkan gas air mata.")
    assert ("17", "IDNCOP", "IDNEDU") in triples([e for e in ev if e.sentence_index == 1]), triples(ev)


def test_a_crowd_of_another_country_is_not_taken(pipeline):
    ev = code(pipeline, "Ratusan pengungsi Rohingya berkumpul di pantai. Aparat kemudian menembakkan gas air mata.")
    assert not [e for e in ev if e.code.startswith("17")], triples(ev)


def test_a_protest_blamed_for_an_act_has_happened(pipeline):
    ev = code(pipeline, "Sejumlah kendaraan terbakar akibat demo rusuh di depan kantor Bupati Nabire.")
    assert ("14", "IDNCVL", "IDNGOV") in triples(ev), triples(ev)


# -- a rejected policy with no owner named is the government's ----------------------------------------------


def test_rejected_price_rise_is_the_governments(pipeline):
    ev = code(pipeline, "Ribuan nelayan menolak kenaikan harga solar.")
    assert ("12", "IDNCVL", "IDNGOV") in triples(ev), triples(ev)


def test_rejected_relocation_is_the_governments(pipeline):
    ev = code(pipeline, "Warga Kampung Bayam menolak direlokasi ke rusun.")
    assert ("12", "IDNCVL", "IDNGOV") in triples(ev), triples(ev)


def test_rejected_price_rise_of_a_named_state_is_that_states(pipeline):
    ev = code(pipeline, "Serikat buruh menolak kenaikan tarif impor Amerika Serikat.")
    assert ("12", "IDNLAB", "USAGOV") in triples(ev), triples(ev)
