#!/usr/bin/env python3
"""attache under Spark, for real: a dump piped through `attache extract` by
rdd.pipe on a local Spark cluster of two workers, checked against one
unsharded run of `attache extract` on the same dump.

    scripts/spark_check.py --attache target/release/attache [--mb 0.3]

scripts/test-spark.sh installs pyspark and Java and runs this. The pipe
commands are the README's Spark example verbatim (checked here): each
partition's articles go to attache on stdin; event lines (or document
lines) come back on stdout; each attache process writes its own reject file
(`$$`, its pid), since each empties an existing reject file when it starts
and one file shared by all would keep only the last process's rejects.

Checks: the union of the partitions' event lines is the unsharded events
output, line for line (sorted by id); the union of their document lines is
the unsharded document output, every document exactly once (none lost,
none doubled); the union of their rejects is the unsharded rejects (by id
and reason: line numbers are per partition). Ids must be unique in the
dump: a repeated id is renamed within one attache run, so partitions would
name it differently from the unsharded run.
"""

import argparse
import collections
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

# README.md, section "Batch runs", shows exactly these lines.
README_SNIPPET = """\
# Spark: each partition piped through attache (stdin → stdout), a reject file per process
events = articles.pipe(f"sh -c 'exec {attache} extract - -o - --quiet --rejects /tmp/attache.rejects.$$.jsonl'", checkCode=True)
docs = articles.pipe(f"sh -c 'exec {attache} extract - -o /dev/null --docs - --quiet --rejects /tmp/attache.rejects.$$.jsonl'", checkCode=True)
"""


def pipe_through_attache(articles, attache):
    """The README's Spark example, run as written: `articles` is an RDD of
    JSONL lines, `attache` the binary's path on the workers (rdd.pipe runs
    its command with an empty environment: no PATH). Returns the RDDs of
    event lines and document lines."""
    # Spark: each partition piped through attache (stdin → stdout), a reject file per process
    events = articles.pipe(f"sh -c 'exec {attache} extract - -o - --quiet --rejects /tmp/attache.rejects.$$.jsonl'", checkCode=True)
    docs = articles.pipe(f"sh -c 'exec {attache} extract - -o /dev/null --docs - --quiet --rejects /tmp/attache.rejects.$$.jsonl'", checkCode=True)
    return events, docs


def check_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    source = pathlib.Path(__file__).read_text(encoding="utf-8")
    if README_SNIPPET not in readme:
        sys.exit("spark_check: README.md's Spark example differs from README_SNIPPET in scripts/spark_check.py")
    body = "".join("    " + l + "\n" for l in README_SNIPPET.splitlines())
    if body not in source:
        sys.exit("spark_check: pipe_through_attache() does not run README_SNIPPET as written")


def gather_rejects():
    """The reject records the README's pipe commands wrote, removed."""
    records = []
    for f in sorted(pathlib.Path("/tmp").glob("attache.rejects.*.jsonl")):
        records += [json.loads(l) for l in f.read_text(encoding="utf-8").splitlines()]
        f.unlink()
    return records


def fail(msg):
    sys.exit(f"spark_check: FAILED: {msg}")


def by_id(lines):
    return sorted(lines, key=lambda l: json.loads(l)["id"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attache", default=str(ROOT / "target" / "release" / "attache"))
    ap.add_argument("--mb", type=float, default=0.3, help="size of the generated dump")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local-cluster[2,1,1024]",
                    help="two workers of one core and 1 GB each (pip's pyspark runs it); local[2] is one JVM")
    args = ap.parse_args()
    check_readme()
    attache = pathlib.Path(args.attache).resolve()
    if not os.access(attache, os.X_OK):
        sys.exit(f"spark_check: {attache} is not an executable; cargo build --release first")

    work = pathlib.Path(tempfile.mkdtemp(prefix="attache-spark-"))
    try:
        # The README's pipe commands write rejects to
        # /tmp/attache.rejects.<pid>.jsonl: cleared first, gathered after.
        gather_rejects()

        dump = work / "dump.jsonl"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_dump.py"), "--mb", str(args.mb),
                        "-o", str(dump)], check=True)
        with dump.open("a", encoding="utf-8") as f:
            # Rejects, one of each kind the reader makes, between good lines.
            f.write(json.dumps({"id": "bad-empty", "text": "  "}) + "\n")
            f.write(json.dumps({"id": "bad-notext", "body": "x"}) + "\n")
            f.write('{"id": "bad-json", "text": \n')
            f.write(json.dumps({"id": "tail", "text": "Kenya and Uganda signed a trade deal in Nairobi on Monday.",
                                "date": "2024-02-07"}) + "\n")
        n_lines = sum(1 for _ in dump.open(encoding="utf-8"))

        # The reference: one unsharded run.
        ref = work / "ref"
        subprocess.run([str(attache), "extract", str(dump), "-o", str(ref / "events.jsonl"), "--docs",
                        str(ref / "docs.jsonl"), "--rejects", str(ref / "rejects.jsonl"), "--quiet"], check=True)
        ref_events = (ref / "events.jsonl").read_text(encoding="utf-8").splitlines()
        ref_docs = (ref / "docs.jsonl").read_text(encoding="utf-8").splitlines()
        ref_rejects = [json.loads(l) for l in (ref / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]

        from pyspark import SparkConf, SparkContext

        conf = (SparkConf().setMaster(args.master).setAppName("attache-spark-check")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.driver.host", "127.0.0.1"))
        started = time.time()
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        try:
            articles = sc.textFile(str(dump), minPartitions=args.partitions)
            parts = articles.getNumPartitions()
            if parts < 2:
                fail(f"the dump is in {parts} partition; the check needs at least 2")
            events, docs = pipe_through_attache(articles, attache)
            # Which processes (executors) handled the partitions, to show the
            # work was really split.
            pids = set(articles.mapPartitions(lambda _: [os.getpid()]).collect())
            # Each pipe writes its own rejects: gathered after each.
            got_events = events.collect()
            event_rejects = gather_rejects()
            got_docs = docs.collect()
            doc_rejects = gather_rejects()
            executors = sc._jsc.sc().getExecutorMemoryStatus().size() - 1
        finally:
            sc.stop()
        spark_s = time.time() - started

        if by_id(got_events) != by_id(ref_events):
            fail(f"events differ: {len(got_events)} from Spark, {len(ref_events)} unsharded")
        ids = collections.Counter(json.loads(l)["id"] for l in got_docs)
        doubled = [i for i, n in ids.items() if n > 1]
        ref_ids = {json.loads(l)["id"] for l in ref_docs}
        lost = ref_ids - set(ids)
        if doubled or lost:
            fail(f"documents doubled {doubled[:5]} lost {sorted(lost)[:5]}")
        if by_id(got_docs) != by_id(ref_docs):
            fail("document records differ from the unsharded run")
        key = lambda r: (r.get("id") or "", r["reason"])
        # The bad-JSON line's reason names its column; ids and reasons
        # otherwise match, whatever partition a line fell in.
        for what, got_rejects in [("events", event_rejects), ("docs", doc_rejects)]:
            if sorted(map(key, got_rejects)) != sorted(map(key, ref_rejects)):
                fail(f"rejects of the {what} pipe differ: {got_rejects} vs {ref_rejects}")
        if len(ids) + len(doc_rejects) != n_lines or not ref_rejects:
            fail(f"{len(ids)} documents + {len(doc_rejects)} rejects != {n_lines} input lines")
        print(f"spark_check: ok: {args.master}, {executors} executors, {parts} partitions in "
              f"{len(pids)} Python workers; {n_lines} lines: {len(ids)} documents, {len(got_events)} events, "
              f"{len(doc_rejects)} rejects, identical to the unsharded run ({spark_s:.1f}s in Spark)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
