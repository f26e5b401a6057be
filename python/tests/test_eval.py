"""attache.eval() gives the report `attache eval` prints."""

import json

import pytest

import attache
from conftest import GOLD, PRED, run_cli


@pytest.mark.parametrize("pred", ["perfect.jsonl", "duplicates.jsonl", "shifted.jsonl", "empty.jsonl"])
def test_eval_is_the_cli_json_report(cli, pred):
    report = attache.eval(GOLD, PRED / pred)
    cli_report = json.loads(run_cli(cli, "eval", "--gold", str(GOLD), "--pred", str(PRED / pred), "--json").stdout)
    assert report == cli_report
    assert report["documents"] == 2 and report["gold_events"] == 5


def test_eval_scores_are_the_hand_computed_ones():
    # tests/data/eval/README.md: perfect scores 1, empty 0/0 = 0 with 5 misses.
    perfect = attache.eval(GOLD, PRED / "perfect.jsonl")
    assert perfect["events"]["micro"]["f1"] == 1.0
    empty = attache.eval(str(GOLD), str(PRED / "empty.jsonl"))
    micro = empty["events"]["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"], micro["f1"]) == (0, 0, 5, 0.0)


def test_eval_with_docs_bootstrap_and_the_table(cli):
    args = dict(docs=PRED / "docs_aligned.jsonl", bootstrap=50, seed=7)
    report = attache.eval(GOLD, PRED / "aligned.jsonl", **args)
    cli_args = ["eval", "--gold", str(GOLD), "--pred", str(PRED / "aligned.jsonl"),
                "--docs", str(PRED / "docs_aligned.jsonl"), "--bootstrap", "50", "--seed", "7"]
    assert report == json.loads(run_cli(cli, *cli_args, "--json").stdout)
    assert "entities" in report and "sentences" in report
    assert attache.eval_table(GOLD, PRED / "aligned.jsonl", **args) == run_cli(cli, *cli_args).stdout.decode()


def test_eval_of_the_binding_own_output(nlp, cli, tmp_path):
    """Events from pipe() over the gold documents' texts, scored: the whole
    loop in Python, with the command line's figures."""
    gold_docs = {json.loads(l)["doc_id"]: json.loads(l) for l in (GOLD / "docs.jsonl").read_text().splitlines()}
    # The texts of the gold documents (tests/data/eval/README.md), from the
    # aligned document predictions.
    texts = [json.loads(l) for l in (PRED / "docs_aligned.jsonl").read_text().splitlines()]
    items = [{"id": t["id"], "text": t["text"], "date": gold_docs[t["id"]]["date"]} for t in texts]
    pred = tmp_path / "pred.jsonl"
    with pred.open("w") as f:
        for record in nlp.pipe(items):
            for e in nlp.events(record["text"], date=record["date"], id=record["id"], json=True):
                f.write(e + "\n")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps(i) + "\n" for i in items))
    run_cli(cli, "extract", str(jsonl), "-o", str(tmp_path / "cli.jsonl"), "--quiet")
    assert pred.read_bytes() == (tmp_path / "cli.jsonl").read_bytes()
    report = attache.eval(GOLD, pred)
    assert report["pred_events"] > 0
    assert report["events"]["micro"]["tp"] > 0
    assert report == attache.eval(GOLD, tmp_path / "cli.jsonl")


def test_eval_of_missing_files_is_a_value_error(tmp_path):
    with pytest.raises(ValueError, match=r"^cannot read gold: .*nowhere"):
        attache.eval(tmp_path / "nowhere", PRED / "perfect.jsonl")
    with pytest.raises(ValueError, match=r"^cannot read predictions: .*missing\.jsonl"):
        attache.eval(GOLD, tmp_path / "missing.jsonl")
