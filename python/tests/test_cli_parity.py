"""The binding writes what the command line writes: the same document and
event lines, byte for byte, for the same input."""

import datetime
import json

import attache
import pytest
from conftest import SEEDS, run_cli


def test_extract_json_is_the_cli_docs_line_byte_for_byte(nlp, seeds, cli_seeds):
    assert len(cli_seeds["docs"]) == len(seeds) == 4
    assert cli_seeds["rejects"] == b""
    for (doc_id, text), cli_line in zip(seeds, cli_seeds["docs"]):
        line = nlp.extract(text, id=doc_id, json=True)
        assert isinstance(line, str) and "\n" not in line
        assert line.encode("utf-8") == cli_line, doc_id


def test_extract_dict_equals_the_parsed_cli_line(nlp, seeds, cli_seeds):
    for (doc_id, text), cli_line in zip(seeds, cli_seeds["docs"]):
        record = nlp.extract(text, id=doc_id)
        assert record == json.loads(cli_line)
        # The seeds are news: real layers, not an empty shell.
        assert record["id"] == doc_id and record["text"] == text
        assert record["sentences"] and record["tokens"] and record["entities"]
        assert record["events"], doc_id


def test_events_are_the_cli_events_lines(nlp, seeds, cli_seeds):
    lines = []
    for doc_id, text in seeds:
        events = nlp.events(text, id=doc_id, json=True)
        assert [json.loads(e) for e in events] == nlp.events(text, id=doc_id)
        assert [json.loads(e) for e in events] == nlp.extract(text, id=doc_id)["events"]
        assert all(json.loads(e)["doc_id"] == doc_id for e in events)
        lines.extend(e.encode("utf-8") for e in events)
    assert lines == cli_seeds["events"]
    assert len(lines) > 10


def test_pipe_equals_cli_on_the_same_jsonl(nlp, seeds, cli, tmp_path):
    """Dicts through pipe() against the same objects as a JSONL file through
    `attache extract FILE --docs`: ids made for items without one, renamed
    duplicates, numeric ids, dates, titles and rejects all agree."""
    (a, ta), (b, tb), (c, tc), (d, td) = seeds
    items = [
        {"id": a, "text": ta, "date": "2023-11-30"},
        {"text": tb, "date": "2023-11-30T10:15:00Z", "title": "Talks"},
        {"id": a, "text": tc},  # repeated id: renamed a#2, with a warning
        {"id": 12345678901234567890123, "text": td[:2000], "extra": [1, 2]},
        {"id": "empty", "text": "   "},  # rejected: empty text
        {"id": "nodate", "text": "Kenya and Uganda met in Nairobi on Monday.", "date": "someday"},
        {"id": "notext", "body": "no text field"},  # rejected: missing text
    ]
    path = tmp_path / "python"  # the name pipe() gives its source by default
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    run_cli(
        cli, "extract", "python", "--docs", "docs.jsonl", "-o", "events.jsonl",
        "--rejects", "rejects.jsonl", "--quiet", "--threads", "2", cwd=tmp_path,
    )
    rejects = []
    got = list(nlp.pipe(items, batch_size=3, json=True, on_reject=rejects.append))
    assert [g.encode("utf-8") for g in got] == (tmp_path / "docs.jsonl").read_bytes().splitlines()
    cli_rejects = [json.loads(l) for l in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert rejects == cli_rejects
    assert [(r["line"], r["id"]) for r in rejects] == [(5, "empty"), (7, "notext")]
    ids = [json.loads(g)["id"] for g in got]
    assert ids == [a, "python:2", a + "#2", "12345678901234567890123", "nodate"]
    assert json.loads(got[2])["warnings"] == [f'duplicate id "{a}" renamed "{a}#2"']
    assert json.loads(got[4])["warnings"] == ['unreadable date "someday"']
    assert json.loads(got[1])["title"] == "Talks"


def test_a_date_object_is_the_iso_date(nlp):
    text = "Japan's foreign minister met his Cambodian counterpart in Phnom Penh on Monday."
    by_str = nlp.extract(text, date="2023-09-08", id="d")
    assert nlp.extract(text, date=datetime.date(2023, 9, 8), id="d") == by_str
    assert by_str["date"] == "2023-09-08"
    # "Monday" resolves against the publication date, as on the command line.
    dates = [e["date"]["value"] for e in by_str["events"] if e["date"]]
    assert dates == ["2023-09-04"]


def test_options_reach_the_pipeline(seeds, cli, tmp_path):
    """keep_unreal and events="rules" give what --keep-unreal --events rules gives."""
    nlp = attache.Pipeline(threads=1, events="rules", keep_unreal=True)
    assert nlp.stages[-2:] == ["events", "link"]
    run_cli(
        cli, "extract", str(SEEDS), "--docs", str(tmp_path / "d.jsonl"), "-o", str(tmp_path / "e.jsonl"),
        "--rejects", str(tmp_path / "r.jsonl"), "--quiet", "--events", "rules", "--keep-unreal",
    )
    cli_docs = (tmp_path / "d.jsonl").read_bytes().splitlines()
    got = [l.encode("utf-8") for l in nlp.pipe(({"id": i, "text": t} for i, t in seeds), json=True)]
    assert got == cli_docs
    assert got != [attache.Pipeline(threads=1).extract(t, id=i, json=True).encode() for i, t in seeds]


def test_a_model_folder_is_loaded_as_with_events_dir(seeds, cli, tmp_path):
    """events=DIR reads a model folder as --events DIR does (here the
    embedded model's own source folder, so the records are the default's)."""
    from conftest import ROOT

    folder = ROOT / "models" / "events"
    nlp = attache.Pipeline(threads=1, events=folder)
    assert repr(nlp) == (
        f"attache.Pipeline(threads=1, events={str(folder)!r}, entities='model', keep_unreal=False)"
    )
    run_cli(
        cli, "extract", str(SEEDS), "--docs", str(tmp_path / "d.jsonl"), "-o", str(tmp_path / "e.jsonl"),
        "--quiet", "--events", str(folder),
    )
    got = [nlp.extract(t, id=i, json=True).encode() for i, t in seeds]
    assert got == (tmp_path / "d.jsonl").read_bytes().splitlines()


def test_entities_choose_the_entity_layer_as_on_the_command_line(seeds, cli, tmp_path):
    """entities="gazetteer" and entities=DIR give what --entities gives;
    the tagger's layer (the default) differs from the gazetteer's."""
    from conftest import ROOT

    folder = ROOT / "models" / "entities"
    for choice in ["gazetteer", str(folder)]:
        nlp = attache.Pipeline(threads=1, entities=choice)
        run_cli(
            cli, "extract", str(SEEDS), "--docs", str(tmp_path / "d.jsonl"), "-o", str(tmp_path / "e.jsonl"),
            "--quiet", "--entities", choice,
        )
        got = [nlp.extract(t, id=i, json=True).encode() for i, t in seeds]
        assert got == (tmp_path / "d.jsonl").read_bytes().splitlines(), choice
    tagged = [attache.Pipeline(threads=1).extract(t, id=i)["entities"] for i, t in seeds]
    plain = [attache.Pipeline(threads=1, entities="gazetteer").extract(t, id=i)["entities"] for i, t in seeds]
    assert tagged != plain
    with pytest.raises(ValueError):
        attache.Pipeline(entities=str(tmp_path))
