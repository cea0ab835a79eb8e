#!/usr/bin/env python3
"""Prepare the credit-risk example data sets from the German Credit ARFF file.

Deterministic: every random choice comes from numpy's PCG64 generator with a fixed
seed, and the output CSVs are written byte-for-byte identically on every run.

Reads  example-repo/train/credit-g.arff
Writes example-repo/models/credit-risk/data/
         training.csv        600 rows  stratified split by class (60 %)
         evaluation.csv      200 rows  stratified split by class (20 %)
         reference.csv       200 rows  stratified split by class (20 %)
         current/2024-05-20.csv, current/2024-05-27.csv
                             150 rows each: a bootstrap resample of evaluation+reference
                             (300 rows), as two weekly production exports with a
                             `scored_at` timestamp column; monitoring.current reads
                             current/*.csv, so a new weekly file needs no manifest change
         current-drifted.csv 300 rows  resample of evaluation+reference, deliberately shifted

Columns: the 20 ARFF attributes and `class` (good/bad) in ARFF order, then the derived
column `sex` (male/female, from the first word of `personal_status`); the weekly
current files and current-drifted.csv (stamped with the week of 2024-06-03) end with `scored_at`
(ISO 8601, UTC, evenly spread over the week).

Usage: /usr/bin/python3 example-repo/train/prepare_data.py
Needs: Python 3 standard library + numpy.
"""
import csv
import datetime
import hashlib
import io
import os
import sys

import numpy as np

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
ARFF_PATH = os.path.join(HERE, "credit-g.arff")
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "models", "credit-risk", "data"))

LABEL = "class"
DERIVED = "sex"
TIMESTAMP = "scored_at"
WEEKS = ("2024-05-20", "2024-05-27")  # Mondays, UTC
DRIFTED_WEEK = "2024-06-03"  # the week the drifted sample is stamped with

# Drift applied to current-drifted.csv
DRIFT_AGE_SCALE = 0.8       # age -> round(age * 0.8) - 2, floored at 19
DRIFT_AGE_SHIFT = -2
DRIFT_AGE_MIN = 19
DRIFT_AMOUNT_SCALE = 1.6    # credit_amount -> round(credit_amount * 1.6)
DRIFT_DURATION_SCALE = 1.25  # duration -> round(duration * 1.25) + 6, capped at 72
DRIFT_DURATION_SHIFT = 6
DRIFT_DURATION_MAX = 72
DRIFT_PURPOSE = "business"  # this share of rows get their purpose replaced by it
DRIFT_PURPOSE_SHARE = 0.35


def round_half_up(x):
    return int(np.floor(x + 0.5))


def _split_arff_values(text):
    """Split one ARFF data line / nominal list (comma separated, single-quoted values)."""
    reader = csv.reader([text], delimiter=",", quotechar="'", skipinitialspace=True, strict=True)
    return [v.strip() for v in next(reader)]


def parse_arff(path):
    attributes = []  # list of (name, kind, allowed_values)
    rows = []
    in_data = False
    with open(path, "r", encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("%"):
                continue
            low = line.lower()
            if in_data:
                values = _split_arff_values(line)
                if len(values) != len(attributes):
                    raise ValueError(f"row has {len(values)} values, expected {len(attributes)}: {line}")
                rows.append(values)
            elif low.startswith("@attribute"):
                rest = line[len("@attribute"):].strip()
                if rest.startswith("'"):
                    end = rest.index("'", 1)
                    name, spec = rest[1:end], rest[end + 1:].strip()
                else:
                    name, spec = rest.split(None, 1)
                if spec.startswith("{"):
                    allowed = _split_arff_values(spec[1:spec.rindex("}")])
                    attributes.append((name, "categorical", allowed))
                elif spec.lower() in ("numeric", "real", "integer"):
                    attributes.append((name, "numeric", None))
                else:
                    raise ValueError(f"unsupported attribute type: {line}")
            elif low.startswith("@data"):
                in_data = True
    # Convert and validate values.
    records = []
    for values in rows:
        rec = {}
        for (name, kind, allowed), v in zip(attributes, values):
            if v == "?":
                raise ValueError(f"missing value in column {name}")
            if kind == "numeric":
                x = float(v)
                if not x.is_integer():
                    raise ValueError(f"non-integer numeric value {v!r} in {name}")
                rec[name] = int(x)
            else:
                if v not in allowed:
                    raise ValueError(f"value {v!r} not declared for {name}")
                rec[name] = v
        records.append(rec)
    return attributes, records


def derive_sex(personal_status):
    if personal_status.startswith("male "):
        return "male"
    if personal_status.startswith("female "):
        return "female"
    raise ValueError(f"cannot derive sex from personal_status={personal_status!r}")


def format_field(value):
    """RFC 4180 field: quote with double quotes if it contains a comma, space, quote or newline."""
    s = str(value)
    if any(c in s for c in '," \r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path, columns, records):
    buf = io.StringIO()
    buf.write(",".join(format_field(c) for c in columns) + "\n")
    for rec in records:
        buf.write(",".join(format_field(rec[c]) for c in columns) + "\n")
    text = buf.getvalue()
    # Round-trip check with the csv module: what we wrote must read back unchanged.
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    expected = [list(columns)] + [[str(rec[c]) for c in columns] for rec in records]
    if parsed != expected:
        raise AssertionError(f"CSV round-trip mismatch for {path}")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stamped(records, monday):
    """Copies of the records with TIMESTAMP evenly spread over the week from `monday` (UTC)."""
    start = datetime.datetime.fromisoformat(monday).replace(tzinfo=datetime.timezone.utc)
    out = [dict(rec) for rec in records]
    for i, rec in enumerate(out):
        at = start + datetime.timedelta(seconds=i * 7 * 86400 // len(out))
        rec[TIMESTAMP] = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return out


def stratified_split(records, rng, fractions=(0.6, 0.2, 0.2)):
    by_class = {}
    for i, rec in enumerate(records):
        by_class.setdefault(rec[LABEL], []).append(i)
    parts = [[] for _ in fractions]
    for cls in sorted(by_class):
        idx = np.array(by_class[cls])
        idx = idx[rng.permutation(len(idx))]
        n = len(idx)
        cuts = [round_half_up(n * sum(fractions[: k + 1])) for k in range(len(fractions))]
        start = 0
        for k, end in enumerate(cuts):
            parts[k].extend(int(i) for i in idx[start:end])
            start = end
    return [sorted(p) for p in parts]  # keep the original file order inside each split


def main():
    attributes, records = parse_arff(ARFF_PATH)
    if len(records) != 1000 or len(attributes) != 21 or attributes[-1][0] != LABEL:
        raise ValueError("unexpected ARFF shape")
    for rec in records:
        rec[DERIVED] = derive_sex(rec["personal_status"])
    columns = [a[0] for a in attributes] + [DERIVED]

    rng = np.random.default_rng(SEED)
    train_idx, eval_idx, ref_idx = stratified_split(records, rng)
    assert (len(train_idx), len(eval_idx), len(ref_idx)) == (600, 200, 200)
    assert not (set(train_idx) & set(eval_idx)) and not (set(train_idx) & set(ref_idx)) \
        and not (set(eval_idx) & set(ref_idx))

    pool = eval_idx + ref_idx  # 400 held-out rows (never used for training)

    # current-stable: plain bootstrap resample, no intentional shift.
    stable = [dict(records[pool[j]]) for j in rng.integers(0, len(pool), size=300)]

    # current-drifted: bootstrap resample, then shifted on purpose.
    drifted = [dict(records[pool[j]]) for j in rng.integers(0, len(pool), size=300)]
    purpose_flip = rng.random(300) < DRIFT_PURPOSE_SHARE
    for rec, flip in zip(drifted, purpose_flip):
        rec["age"] = max(DRIFT_AGE_MIN, round_half_up(rec["age"] * DRIFT_AGE_SCALE) + DRIFT_AGE_SHIFT)
        rec["credit_amount"] = round_half_up(rec["credit_amount"] * DRIFT_AMOUNT_SCALE)
        rec["duration"] = min(DRIFT_DURATION_MAX,
                              round_half_up(rec["duration"] * DRIFT_DURATION_SCALE) + DRIFT_DURATION_SHIFT)
        if flip:
            rec["purpose"] = DRIFT_PURPOSE

    os.makedirs(os.path.join(OUT_DIR, "current"), exist_ok=True)
    weekly = []
    per_week = len(stable) // len(WEEKS)
    for w, monday in enumerate(WEEKS):
        weekly.append((os.path.join("current", f"{monday}.csv"), stamped(stable[w * per_week:(w + 1) * per_week], monday)))
    drifted = stamped(drifted, DRIFTED_WEEK)
    outputs = [
        ("training.csv", [records[i] for i in train_idx]),
        ("evaluation.csv", [records[i] for i in eval_idx]),
        ("reference.csv", [records[i] for i in ref_idx]),
        *weekly,
        ("current-drifted.csv", drifted),
    ]
    for name, recs in outputs:
        digest = write_csv(os.path.join(OUT_DIR, name), columns + ([TIMESTAMP] if TIMESTAMP in recs[0] else []), recs)
        n_bad = sum(r[LABEL] == "bad" for r in recs)
        print(f"{digest}  {name}  rows={len(recs)} bad={n_bad}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
