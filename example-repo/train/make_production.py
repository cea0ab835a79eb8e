#!/usr/bin/env python3
"""Build the credit-risk example's production data: 14 weeks of scored applications, with a
documented shift from the ninth week on, and the labels that have arrived by the last week.

Deterministic: the held-out pool comes from prepare_data.py's split (same seed), every other
random choice from numpy's PCG64 generator seeded with PRODUCTION_SEED; the files are written
byte-for-byte identically on every run.

Reads  example-repo/train/credit-g.arff
Writes example-repo/models/credit-risk/data/production/
         2026-W36.csv … 2026-W49.csv  one file per ISO week: application_id, scored_at, the 20
                                     features and the derived `sex` (no label)
         labels.csv                   application_id, class: the labels that have arrived, for
                                     rows scored at least LABELS_DELAY_DAYS before the last week ends

Rows are real German credit applicants: each week resamples (with replacement) the 400 held-out
rows (evaluation + reference, never used for training), so every row keeps its true label.
- Weeks 1–8 (2026-W36 … 2026-W43): uniform resampling. Any difference from reference.csv is noise.
- Weeks 9–14 (2026-W44 … 2026-W49): importance resampling towards younger applicants asking for
  larger loans: weight = (YOUNG_WEIGHT if age < YOUNG_AGE else 1) × (LARGE_WEIGHT if credit_amount >
  LARGE_AMOUNT else 1), half strength (the square root of each factor) in week 9, full from week 10.
  The shift is covariate shift only: the rows and their labels are unchanged, so realised
  performance moves only as far as the model is worse on the oversampled applicants.
- Timestamps: uniform within the week, written in ISO 8601 with the Europe/Berlin offset of that
  moment (+02:00 until 2026-10-25 03:00, +01:00 after), so weekly chunks must be cut in one time
  zone to line up with the file names.

Usage: /usr/bin/python3 example-repo/train/make_production.py
Needs: Python 3 standard library (zoneinfo, with the system's tz database) + numpy.
"""
import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

import numpy as np

from prepare_data import ARFF_PATH, DERIVED, LABEL, OUT_DIR, SEED, derive_sex, parse_arff, stratified_split, write_csv

PRODUCTION_SEED = 20261203
PRODUCTION_DIR = os.path.join(OUT_DIR, "production")
ZONE = ZoneInfo("Europe/Berlin")
FIRST_MONDAY = dt.date(2026, 8, 31)  # ISO week 2026-W36
WEEKS = 14
SHIFT_WEEK = 9                       # 1-based: the first week with the shift (half strength)
ROWS_PER_WEEK = 120                  # Poisson mean
YOUNG_AGE, YOUNG_WEIGHT = 30, 4.0
LARGE_AMOUNT, LARGE_WEIGHT = 4000, 3.0
LABELS_DELAY_DAYS = 28


def held_out_pool():
    """The 400 evaluation + reference rows, exactly as prepare_data.py splits them."""
    attributes, records = parse_arff(ARFF_PATH)
    for rec in records:
        rec[DERIVED] = derive_sex(rec["personal_status"])
    columns = [a[0] for a in attributes] + [DERIVED]
    _, eval_idx, ref_idx = stratified_split(records, np.random.default_rng(SEED))
    return columns, [records[i] for i in eval_idx + ref_idx]


def shift_weights(pool, strength):
    young = np.array([r["age"] < YOUNG_AGE for r in pool])
    large = np.array([r["credit_amount"] > LARGE_AMOUNT for r in pool])
    w = np.where(young, YOUNG_WEIGHT ** strength, 1.0) * np.where(large, LARGE_WEIGHT ** strength, 1.0)
    return w / w.sum()


def main():
    columns, pool = held_out_pool()
    features = [c for c in columns if c != LABEL]
    rng = np.random.default_rng(PRODUCTION_SEED)
    os.makedirs(PRODUCTION_DIR, exist_ok=True)
    last_end = dt.datetime.combine(FIRST_MONDAY + dt.timedelta(weeks=WEEKS), dt.time(0), ZONE)
    labels_until = last_end - dt.timedelta(days=LABELS_DELAY_DAYS)
    labels = []
    serial = 0
    for week in range(1, WEEKS + 1):
        monday = FIRST_MONDAY + dt.timedelta(weeks=week - 1)
        start = dt.datetime.combine(monday, dt.time(0), ZONE)
        end = dt.datetime.combine(monday + dt.timedelta(weeks=1), dt.time(0), ZONE)
        strength = 0.0 if week < SHIFT_WEEK else (0.5 if week == SHIFT_WEEK else 1.0)
        n = int(rng.poisson(ROWS_PER_WEEK))
        picks = rng.choice(len(pool), size=n, replace=True, p=shift_weights(pool, strength))
        span = (end - start).total_seconds()
        offsets = np.sort(rng.random(n) * span)
        rows = []
        for pick, offset in zip(picks, offsets):
            serial += 1
            moment = (start.astimezone(dt.timezone.utc) + dt.timedelta(seconds=int(offset))).astimezone(ZONE)
            app_id = f"app-{serial:05d}"
            row = {"application_id": app_id, "scored_at": moment.isoformat(), **{c: pool[pick][c] for c in features}}
            rows.append(row)
            if moment < labels_until:
                labels.append({"application_id": app_id, LABEL: pool[pick][LABEL]})
        iso_year, iso_week, _ = monday.isocalendar()
        name = f"{iso_year}-W{iso_week:02d}.csv"
        digest = write_csv(os.path.join(PRODUCTION_DIR, name), ["application_id", "scored_at", *features], rows)
        young = sum(r["age"] < YOUNG_AGE for r in rows) / max(1, n)
        print(f"{digest}  production/{name}  rows={n} shift={strength} young={young:.2f}")
    digest = write_csv(os.path.join(PRODUCTION_DIR, "labels.csv"), ["application_id", LABEL], labels)
    print(f"{digest}  production/labels.csv  rows={len(labels)} (scored before {labels_until.isoformat()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
