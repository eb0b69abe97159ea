"""Scoring follows CODING-CONVENTIONS.md section 5."""

from peristiwa.evaluate import Report, match_main, match_strict, score


def ev(code, source, target, start=0, negated=False, reported_by=None):
    return {"code": code, "source": source, "target": target, "negated": negated, "reported_by": reported_by,
            "start": start, "trigger": "x"}


def test_main_match_needs_root_and_country_parts():
    g = ev("111", "USAGOV", "RUSGOV")
    assert match_main(g, ev("112", "USAMIL", "RUSGOV"))  # same root 11, same countries, sectors ignored
    assert not match_main(g, ev("120", "USAGOV", "RUSGOV"))  # other root
    assert not match_main(g, ev("111", "USAGOV", None))  # target missing
    assert not match_main(g, ev("111", "RUSGOV", "USAGOV"))  # direction matters for non-mutual codes


def test_mutual_codes_ignore_direction():
    assert match_main(ev("040", "USAGOV", "RUSGOV"), ev("042", "RUSGOV", "USAGOV"))
    assert match_main(ev("057", "IDNGOV", "AUSGOV"), ev("057", "AUSGOV", "IDNGOV"))
    assert not match_strict(ev("040", "USAGOV", "RUSGOV"), ev("042", "RUSGOV", "USAGOV"))  # 3-digit code differs


def test_null_targets_agree_and_strict_needs_sectors():
    assert match_main(ev("016", "USAGOV", None), ev("016", "USAMIL", None))
    assert not match_strict(ev("016", "USAGOV", None), ev("016", "USAMIL", None))


def test_score_counts_only_annotated_sentences_and_accuracies():
    gold = [{"id": "d1", "sentences": [
        {"start": 0, "end": 50, "text": "s1", "events": [ev("040", "USAGOV", "RUSGOV", negated=True, reported_by="USAGOV")]},
        {"start": 50, "end": 100, "text": "s2", "events": []},
    ]}]
    system = {"d1": [
        ev("046", "RUSGOV", "USAGOV", start=10, negated=True, reported_by=None),  # matches (mutual), reported_by wrong
        ev("111", "USAGOV", "RUSGOV", start=60),  # false event in an annotated sentence
        ev("190", "USAGOV", "RUSGOV", start=150),  # sentence not annotated: not scored
    ]}
    rep = score(gold, system, Report())
    main = rep.levels["main"]
    assert (main.tp, main.fp, main.fn) == (1, 1, 0)
    assert main.precision == 0.5 and main.recall == 1.0
    d = rep.as_dict()
    assert d["negated_accuracy"]["accuracy"] == 1.0
    assert d["reported_by_accuracy"]["accuracy"] == 0.0
    assert rep.levels["strict"].tp == 0
    assert len(rep.false) == 1 and rep.false[0]["system"]["code"] == "111"
    assert rep.per_root["04"].tp == 1 and rep.per_root["11"].fp == 1


def test_each_gold_event_matches_at_most_once():
    gold = [{"id": "d", "sentences": [{"start": 0, "end": 10, "text": "s", "events": [ev("190", "ISRMIL", "PSEREB")]}]}]
    system = {"d": [ev("190", "ISRMIL", "PSEREB", 1), ev("193", "ISRGOV", "PSECVL", 2)]}
    rep = score(gold, system)
    assert rep.levels["main"].tp == 1 and rep.levels["main"].fp == 1
