from hypothesis import given, strategies as st

from peristiwa.records import OffsetMap


def test_identity_and_insert():
    m = OffsetMap()
    m.add_copy(0, 5)  # "abcde"
    m.add_insert(5, 1)  # an inserted space
    m.add_copy(5, 3)
    assert [m.to_original(i) for i in range(9)] == [0, 1, 2, 3, 4, 5, 5, 6, 7]
    assert m.span_to_original(6, 9) == (5, 8)
    assert m.to_original(9) == 8


def test_compose_maps_twice_derived_text_to_the_original():
    original = "ab  cd"
    # first derivation: collapse the double space -> "ab cd"
    first = OffsetMap()
    first.add_copy(0, 3)
    first.add_copy(4, 2)
    assert len(first) == 5
    # second derivation of "ab cd": drop "ab " -> "cd"
    second = OffsetMap()
    second.add_copy(3, 2)
    both = first.compose(second)
    assert [original[both.to_original(i)] for i in range(2)] == ["c", "d"]


@given(st.lists(st.tuples(st.booleans(), st.integers(min_value=1, max_value=5)), min_size=1, max_size=30))
def test_offsets_are_monotone(pieces):
    m = OffsetMap()
    pos = 0
    for copy, n in pieces:
        if copy:
            m.add_copy(pos, n)
            pos += n
        else:
            m.add_insert(pos, n)
    values = [m.to_original(i) for i in range(len(m) + 1)]
    assert values == sorted(values)
    assert values[-1] <= pos
