#!/usr/bin/env python3
"""End-to-end tests of `outturn batch`, `export` and `merge` (docs/batch.md).

    batch_test.py TEST --outturn BIN --source SOURCE_DIR --work WORK_DIR

TEST is one of: outcomes, resume, shards, export, json-rows. Each builds its
inputs in WORK_DIR from copies of corpus/ and tests/robustness/pdfs/, runs the
real binary and checks the store; any mismatch exits 1 with the reason.
"""
import argparse
import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

# Tables of the canonical dump, with a filter for rows that record when, not what.
# The processed_at column is left out of every table for the same reason.
TABLES = {
    "meta": "key <> 'created_at'",
    "documents": None,
    "paths": None,
    "indicators": None,
    "checks": None,
}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Env:
    def __init__(self, args):
        self.outturn = args.outturn
        self.source = args.source
        self.work = args.work
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        self.env = dict(os.environ, OUTTURN_PATTERNS=os.path.join(self.source, "patterns"))
        for name in ("OUTTURN_PASSWORD", "OUTTURN_TEST_WORKER_DELAY_MS", "OUTTURN_TEST_WORKER_CRASH_ON"):
            self.env.pop(name, None)

    def path(self, *parts):
        return os.path.join(self.work, *parts)

    def inputs(self):
        """The test archive: the corpus and the robustness PDFs in a directory tree, an
        exact duplicate, a file that is not a PDF, and a manifest naming a PDF outside it."""
        tree = self.path("archive")
        corpus = os.path.join(self.source, "corpus")
        robustness = os.path.join(self.source, "tests", "robustness", "pdfs")
        os.makedirs(os.path.join(tree, "corpus"))
        os.makedirs(os.path.join(tree, "robustness"))
        os.makedirs(self.path("elsewhere"))
        for name in sorted(os.listdir(corpus)):
            if name.endswith(".pdf"):
                shutil.copy(os.path.join(corpus, name), os.path.join(tree, "corpus", name))
        for name in sorted(os.listdir(robustness)):
            shutil.copy(os.path.join(robustness, name), os.path.join(tree, "robustness", name))
        shutil.copy(os.path.join(corpus, "000_rbwm_q1_2020_21.pdf"), os.path.join(tree, "copy-of-000.pdf"))
        with open(os.path.join(tree, "README.txt"), "w") as f:
            f.write("not a PDF and not named like one: ignored in a directory\n")
        shutil.copy(os.path.join(corpus, "001_dorset_people_health_2021_01_28.pdf"), self.path("elsewhere", "dorset-copy.pdf"))
        manifest = self.path("manifest.txt")
        with open(manifest, "w") as f:
            f.write(self.path("elsewhere", "dorset-copy.pdf") + "\n\n")
        stray = self.path("notes.txt")
        with open(stray, "w") as f:
            f.write("an explicit argument that is neither a PDF nor a manifest\n")
        return [tree, manifest, stray]

    def run(self, args, extra_env=None, check_status=0):
        env = dict(self.env, **(extra_env or {}))
        p = subprocess.run([self.outturn] + args, env=env, capture_output=True, text=True, timeout=600)
        if check_status is not None and p.returncode != check_status:
            raise Failure(f"outturn {' '.join(args)}: exit {p.returncode}, wanted {check_status}\nstderr: {p.stderr[-2000:]}")
        return p

    def batch(self, inputs, db, *options, extra_env=None, check_status=0):
        return self.run(["batch", *inputs, "--db", db, "--quiet", *options], extra_env, check_status)


def canonical_dump(db):
    """Every row of every table, sorted, without timestamps: equal dumps mean equal stores."""
    con = sqlite3.connect(db)
    lines = []
    for table, where in TABLES.items():
        columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "processed_at"]
        sql = f"SELECT {', '.join(columns)} FROM {table}" + (f" WHERE {where}" if where else "")
        rows = sorted(repr(tuple(r)) for r in con.execute(sql))
        lines.append(f"== {table} ({len(rows)} rows)")
        lines.extend(rows)
    con.close()
    return lines


def compare_dumps(got_db, want_db, what):
    got, want = canonical_dump(got_db), canonical_dump(want_db)
    if got != want:
        missing = [line for line in want if line not in set(got)][:3]
        extra = [line for line in got if line not in set(want)][:3]
        raise Failure(f"{what}: stores differ\n  only in the reference: {missing}\n  only in this one: {extra}")


def integrity(db):
    con = sqlite3.connect(db)
    try:
        check(con.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"{db}: integrity_check failed")
        check(not con.execute("PRAGMA foreign_key_check").fetchall(), f"{db}: foreign key violations")
        # Every recorded document is complete: ok ones have their JSON's indicators as rows.
        for sha, doc in con.execute("SELECT sha256, json FROM documents WHERE status = 'ok'"):
            n = con.execute("SELECT count(*) FROM indicators WHERE doc = ?", (sha,)).fetchone()[0]
            check(n == len(json.loads(doc)["indicators"]), f"{db}: document {sha[:12]} has {n} indicator rows, its JSON more or fewer")
            check(con.execute("SELECT count(*) FROM paths WHERE sha256 = ?", (sha,)).fetchone()[0] > 0, f"{db}: {sha[:12]} has no path")
    finally:
        con.close()


def outcomes_by_path(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT p.path, d.status, d.error_kind, d.error_message FROM paths p JOIN documents d USING (sha256)").fetchall()
    con.close()
    return {path: (status, kind, message) for path, status, kind, message in rows}


def recorded_documents(db):
    """Documents in a store that another process may be writing; 0 before its schema exists."""
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(db, timeout=5)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


def wait_for_documents(process, db, count, deadline_seconds=120):
    """Returns once the store holds count documents, or the batch ended by itself."""
    deadline = time.monotonic() + deadline_seconds
    while process.poll() is None and time.monotonic() < deadline:
        if recorded_documents(db) >= count:
            return
        time.sleep(0.02)


# ---- the tests --------------------------------------------------------------

def test_outcomes(e):
    inputs = e.inputs()
    db = e.path("outcomes.sqlite")
    e.batch(inputs, db, "-j", "2")
    got = outcomes_by_path(db)

    want = {}
    with open(os.path.join(e.source, "tests", "robustness", "expected.tsv")) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, outcome, password = line.rstrip("\n").split("\t")
            if password == "-":
                want[os.path.join(inputs[0], "robustness", name)] = outcome
    for name in os.listdir(os.path.join(inputs[0], "corpus")):
        want[os.path.join(inputs[0], "corpus", name)] = "ok"
    want[os.path.join(inputs[0], "copy-of-000.pdf")] = "ok"
    want[e.path("elsewhere", "dorset-copy.pdf")] = "ok"
    want[inputs[2]] = "not-a-pdf"

    check(set(got) == set(want), f"recorded paths differ: missing {sorted(set(want) - set(got))}, extra {sorted(set(got) - set(want))}")
    for path, outcome in want.items():
        status, kind, message = got[path]
        check((kind or "ok") == outcome, f"{path}: recorded {kind or status}, expected {outcome} ({message})")
        check(status == ("ok" if outcome == "ok" else "failed"), f"{path}: status {status} for outcome {outcome}")
        check(outcome == "ok" or message, f"{path}: failed without a message")
    con = sqlite3.connect(db)
    documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    # Two exact duplicates (copy-of-000, dorset-copy) are one document each, with both paths.
    check(documents == len(want) - 2, f"{documents} documents for {len(want)} paths with 2 duplicates")
    integrity(db)

    # A rerun finds everything recorded: nothing is processed again, nothing changes.
    before = canonical_dump(db)
    p = e.run(["batch", *inputs, "--db", db])
    check("0 documents processed" in p.stderr and f"{documents} already recorded" in p.stderr, f"rerun summary: {p.stderr[-400:]}")
    check(canonical_dump(db) == before, "a rerun changed the store")

    # Workers that crash, hang or meet encryption: each document still ends with its outcome,
    # and the replacement workers carry on with the rest.
    crash_db = e.path("crash.sqlite")
    e.batch([os.path.join(inputs[0], "corpus")], crash_db, "-j", "2", extra_env={"OUTTURN_TEST_WORKER_CRASH_ON": "001_dorset"})
    got = outcomes_by_path(crash_db)
    check(len(got) == 4, f"crash run recorded {len(got)} of 4 documents")
    for path, (status, kind, message) in got.items():
        if "001_dorset" in path:
            check(kind == "crashed" and "signal 11" in message, f"{path}: {kind} {message}, expected crashed with signal 11")
        else:
            check(status == "ok", f"{path}: {kind} {message} after a worker crash, expected ok")

    slow_db = e.path("timeout.sqlite")
    target = os.path.join(inputs[0], "corpus", "000_rbwm_q1_2020_21.pdf")
    e.batch([target], slow_db, "--timeout", "1", extra_env={"OUTTURN_TEST_WORKER_DELAY_MS": "5000"})
    (status, kind, message), = outcomes_by_path(slow_db).values()
    check(kind == "timeout", f"slow worker: recorded {kind} ({message}), expected timeout")

    passwords = e.path("passwords.txt")
    with open(passwords, "w") as f:
        f.write("not-this-one\ntest\n")
    pw_db = e.path("password.sqlite")
    e.batch([os.path.join(inputs[0], "robustness", "pdfplumber_password_test.pdf")], pw_db, "--password-file", passwords)
    (status, kind, message), = outcomes_by_path(pw_db).values()
    check(status == "ok", f"password file: {kind} ({message}), expected ok")
    with open(passwords, "w") as f:
        f.write("wrong-pw\n")
    e.batch([os.path.join(inputs[0], "robustness", "pdfplumber_password_test.pdf")], pw_db, "--password-file", passwords, "--force")
    (status, kind, message), = outcomes_by_path(pw_db).values()
    check(kind == "wrong-password", f"wrong password file with --force: {kind} ({message}), expected wrong-password")


def test_resume(e):
    inputs = e.inputs()
    reference = e.path("reference.sqlite")
    e.batch(inputs, reference, "-j", "2")
    total = sqlite3.connect(reference).execute("SELECT count(*) FROM documents").fetchone()[0]

    db, jsonl = e.path("resumed.sqlite"), e.path("resumed.jsonl")
    slow = dict(e.env, OUTTURN_TEST_WORKER_DELAY_MS="150")
    partial = 0
    # The first kill comes at once, before the schema can have committed. The others wait
    # for the store to gain a few documents, so they land mid-batch however slow the
    # machine is; one of them is a SIGTERM (a clean stop).
    for wanted_gain, sig in [(None, signal.SIGKILL), (2, signal.SIGKILL), (2, signal.SIGTERM), (3, signal.SIGKILL), (3, signal.SIGKILL)]:
        before = recorded_documents(db)
        p = subprocess.Popen([e.outturn, "batch", *inputs, "--db", db, "--jsonl", jsonl, "-j", "2", "--quiet"], env=slow,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if wanted_gain is None:
            time.sleep(0.05)
        else:
            wait_for_documents(p, db, before + wanted_gain)
        p.send_signal(sig)
        _, err = p.communicate(timeout=60)
        if sig == signal.SIGTERM:
            check(p.returncode in (130, 0), f"SIGTERM: exit {p.returncode}, wanted 130; stderr {err[-300:]}")
        if not os.path.exists(db):
            continue
        # Killed before the schema's transaction committed: the file must then be empty.
        tables = [r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")]
        if not tables:
            continue
        check("documents" in tables and "meta" in tables, f"after a kill ({sig.name}) the store has a partial schema: {tables}")
        integrity(db)
        con = sqlite3.connect(db)
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        crashed = con.execute("SELECT count(*) FROM documents WHERE error_kind IN ('crashed', 'timeout')").fetchone()[0]
        con.close()
        check(crashed == 0, f"after a kill ({sig.name}) a document stopped by the kill was recorded as crashed")
        if 0 < n < total:
            partial += 1
    print(f"{partial} of 5 kills landed mid-batch")
    check(partial >= 2, f"only {partial} kills landed mid-batch; the test did not exercise resuming")

    e.batch(inputs, db, "-j", "2", "--jsonl", jsonl)
    integrity(db)
    compare_dumps(db, reference, "killed and resumed vs uninterrupted")

    # The JSON lines file parses line by line and never holds a document twice.
    seen = []
    with open(jsonl) as f:
        for line in f:
            seen.append(json.loads(line)["source"]["sha256"])
    check(len(seen) == len(set(seen)), "a document was written twice to the JSON lines file")
    recorded = {r[0] for r in sqlite3.connect(db).execute("SELECT sha256 FROM documents")}
    check(set(seen) <= recorded, "the JSON lines file holds a document the store lacks")


def test_shards(e):
    inputs = e.inputs()
    reference = e.path("reference.sqlite")
    e.batch(inputs, reference, "-j", "2")
    shards = [e.path(f"shard{k}.sqlite") for k in (1, 2)]
    if shutil.which("parallel"):
        command = [shutil.which("parallel"), "--halt", "now,fail=1", e.outturn, "batch", *inputs, "--db",
                   e.path("shard{}.sqlite"), "--shard", "{}/2", "-j", "1", "--quiet", ":::", "1", "2"]
        p = subprocess.run(command, env=e.env, capture_output=True, text=True, timeout=600)
        check(p.returncode == 0, f"parallel: exit {p.returncode}: {p.stderr[-1000:]}")
    else:
        print("GNU parallel not installed: shards run one after the other")
        for k in (1, 2):
            e.batch(inputs, shards[k - 1], "--shard", f"{k}/2", "-j", "1")
    sets = []
    for s in shards:
        integrity(s)
        sets.append({r[0] for r in sqlite3.connect(s).execute("SELECT sha256 FROM documents")})
    check(all(sets) and not (sets[0] & sets[1]), f"shards should be non-empty and disjoint: {len(sets[0])}, {len(sets[1])} documents")

    merged = e.path("merged.sqlite")
    e.run(["merge", *shards, "-o", merged])
    integrity(merged)
    compare_dumps(merged, reference, "merged shards vs a single run")
    e.run(["merge", *shards, "-o", merged])
    compare_dumps(merged, reference, "merging the same shards twice")


def test_export(e):
    inputs = e.inputs()
    db = e.path("export.sqlite")
    e.batch(inputs, db, "-j", "2")
    con = sqlite3.connect(db)
    for what, key in [("indicators", ("sha256", "ord")), ("checks", ("sha256", "ord")), ("documents", ("sha256",))]:
        text = e.run(["export", "--db", db, "--format", "csv", "--what", what]).stdout
        rows = list(csv.DictReader(text.splitlines(keepends=True)))  # RFC 4180: quoted fields may hold newlines
        lines = e.run(["export", "--db", db, "--format", "jsonl", "--what", what]).stdout.splitlines()
        objects = [json.loads(line) for line in lines]
        table = "documents" if what == "documents" else what
        count = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        check(len(rows) == count and len(objects) == count, f"{what}: {len(rows)} CSV rows, {len(objects)} JSON lines, {count} in the store")
        check(count > 0, f"{what}: nothing to export")
        for row, obj in zip(rows, objects):
            if what == "documents":
                db_row = con.execute("SELECT * FROM documents WHERE sha256 = ?", (row["sha256"],)).fetchone()
                names = [d[1] for d in con.execute("PRAGMA table_info(documents)")]
                paths = sorted(r[0] for r in con.execute("SELECT path FROM paths WHERE sha256 = ?", (row["sha256"],)))
                check(row["paths"].split("\n") == paths, f"documents {row['sha256'][:12]}: paths {row['paths']!r} vs {paths}")
            else:
                db_row = con.execute(f"SELECT * FROM {table} WHERE doc = ? AND ord = ?", (row["sha256"], int(row["ord"]))).fetchone()
                names = [d[1] for d in con.execute(f"PRAGMA table_info({table})")]
            check(db_row is not None, f"{what}: CSV row {[row[k] for k in key]} not in the store")
            for name, value in zip(names, db_row):
                if name in ("doc", "json"):
                    continue
                csv_value = row[name]
                if value is None:
                    same = csv_value == ""
                elif isinstance(value, int):
                    same = csv_value != "" and int(csv_value) == value
                elif isinstance(value, float):
                    same = csv_value != "" and float(csv_value) == value
                else:
                    same = csv_value == value
                check(same, f"{what} {[row[k] for k in key]}: column {name}: CSV {csv_value!r}, store {value!r}")
                check(obj[name] == value, f"{what} {[row[k] for k in key]}: column {name}: JSON {obj[name]!r}, store {value!r}")
    con.close()


def test_json_rows(e):
    inputs = e.inputs()
    db, jsonl = e.path("rows.sqlite"), e.path("rows.jsonl")
    e.batch(inputs, db, "-j", "2", "--jsonl", jsonl)
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    documents = con.execute("SELECT * FROM documents WHERE status = 'ok'").fetchall()
    check(documents, "no document was read")
    indicators_seen = checks_seen = 0

    def same_number(a, b):
        return a is None and b is None or a is not None and b is not None and float(a) == float(b)

    def get(obj, *keys):
        for k in keys:
            if obj is None:
                return None
            obj = obj.get(k)
        return obj

    for d in documents:
        doc = json.loads(d["json"])
        sha = d["sha256"]
        check(doc["source"]["sha256"] == sha, f"{sha[:12]}: JSON names another document")
        check(doc["source"]["pages"] == d["pages"] and doc["source"]["title"] == d["title"] and doc["source"]["producer"] == d["producer"],
              f"{sha[:12]}: document metadata differs from its JSON")
        rows = con.execute("SELECT * FROM indicators WHERE doc = ? ORDER BY ord", (sha,)).fetchall()
        check(len(rows) == len(doc["indicators"]), f"{sha[:12]}: {len(rows)} indicator rows, {len(doc['indicators'])} in its JSON")
        for row, ind in zip(rows, doc["indicators"]):
            where = f"{sha[:12]} indicator {ind['id']}"
            pairs = {
                "id": ind["id"], "name": ind["name"], "section": ind["section"], "period": get(ind, "period", "text"),
                "value_text": ind["value"]["text"], "unit": ind["value"]["unit"], "decimals": ind["value"]["decimals"],
                "target_text": get(ind, "target", "text"), "polarity": ind["polarity"], "rag": ind["rag"],
                "previous_text": get(ind, "previous", "text"), "previous_period": get(ind, "previous", "period"),
                "page": ind["source"]["page"], "quote": ind["source"]["quote"], "pattern": ind["source"]["pattern"],
            }
            for column, value in pairs.items():
                check(row[column] == value, f"{where}: {column} is {row[column]!r} in the store, {value!r} in the JSON")
            for column, value in {"value": ind["value"]["number"], "numerator": ind["numerator"], "denominator": ind["denominator"],
                                  "target": get(ind, "target", "number"), "previous": get(ind, "previous", "number")}.items():
                check(same_number(row[column], value), f"{where}: {column} is {row[column]!r} in the store, {value!r} in the JSON")
            check(json.loads(row["bbox"]) == ind["source"]["bbox"], f"{where}: bbox differs")
            indicators_seen += 1
        rows = con.execute("SELECT * FROM checks WHERE doc = ? ORDER BY ord", (sha,)).fetchall()
        check(len(rows) == len(doc["checks"]), f"{sha[:12]}: {len(rows)} check rows, {len(doc['checks'])} in its JSON")
        for row, c in zip(rows, doc["checks"]):
            for column in ("kind", "status", "stated", "recomputed", "tolerance", "message", "rule", "indicator"):
                check(row[column] == c[column], f"{sha[:12]} check {row['ord']}: {column} is {row[column]!r}, JSON {c[column]!r}")
            check(row["page"] == c["source"]["page"] and row["quote"] == c["source"]["quote"], f"{sha[:12]} check {row['ord']}: source differs")
            check(json.loads(row["bbox"]) == c["source"]["bbox"], f"{sha[:12]} check {row['ord']}: bbox differs")
            checks_seen += 1
    check(indicators_seen > 0 and checks_seen > 0, "no indicator or check rows compared")

    # The stored JSON is what `outturn extract` writes for the same file, and what --jsonl wrote.
    for d in documents:
        stored = json.loads(d["json"])
        extracted = json.loads(e.run(["extract", stored["source"]["file"]]).stdout)
        check(stored == extracted, f"{stored['source']['file']}: the stored JSON differs from `outturn extract` output")
    with open(jsonl) as f:
        lines = [json.loads(line) for line in f]
    check(len(lines) == con.execute("SELECT count(*) FROM documents").fetchone()[0], "the JSON lines file lacks documents")
    for line in lines:
        stored = con.execute("SELECT json, error_kind FROM documents WHERE sha256 = ?", (line["source"]["sha256"],)).fetchone()
        paths = sorted(r[0] for r in con.execute("SELECT path FROM paths WHERE sha256 = ?", (line["source"]["sha256"],)))
        check(sorted(line.pop("paths")) == paths, f"{line['source']['sha256'][:12]}: JSON lines paths differ from the store")
        if stored["json"] is None:
            check(line["error"]["kind"] == stored["error_kind"], "a failed document's JSON line has another kind")
        else:
            check(line == json.loads(stored["json"]), f"{line['source']['sha256'][:12]}: the JSON line differs from the stored JSON")
    con.close()


TESTS = {"outcomes": test_outcomes, "resume": test_resume, "shards": test_shards, "export": test_export, "json-rows": test_json_rows}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("test", choices=TESTS)
    parser.add_argument("--outturn", required=True)
    parser.add_argument("--source", required=True, help="the outturn source tree (corpus/, tests/robustness/, patterns/)")
    parser.add_argument("--work", required=True, help="scratch directory, emptied first")
    args = parser.parse_args()
    try:
        TESTS[args.test](Env(args))
    except Failure as failure:
        print(f"FAIL batch/{args.test}: {failure}")
        return 1
    print(f"PASS batch/{args.test}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
