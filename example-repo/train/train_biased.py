#!/usr/bin/env python3
"""DELIBERATELY BIASED credit-risk model, for the fairness-gate demo and tests ONLY.

!!! Never deploy or register this model. It exists only to show modelops' fairness gate
!!! failing: it uses `sex` as an input and was trained on labels tampered to penalise women.

What is wrong with it, on purpose:
  1. It takes the derived `sex` column as an extra model input (v1 and v2 do not).
  2. Its training labels were tampered with: in a private copy of training.csv (the file on
     disk is not changed), a seeded half of the women labelled "good" are relabelled "bad".
The result: on evaluation.csv it predicts "bad" (sends to manual review) far more often for
women than for men, a demographic parity ratio by sex far below the four-fifths rule (0.8).

Everything else is v1: the same LogisticRegression, the same preprocessing (standardized
numerics, NaN -> training mean inside the graph, one-hot categoricals; `sex` is one-hot encoded
like the other categorical columns) and the same outputs. Deterministic: the relabelling uses
numpy's PCG64 generator with a fixed seed, and the ONNX file is written by hand with onnx.helper,
so re-running writes a byte-identical file.

Reads  example-repo/models/credit-risk/data/training.csv   (fit, after tampering a copy)
       example-repo/models/credit-risk/data/evaluation.csv (selection rates by sex)
Writes example-repo/models/credit-risk/model-biased.onnx

ONNX interface: v1's 20 inputs plus one more, `sex` -> tensor(string) [N, 1] (male/female);
  outputs  probabilities -> tensor(float) [N, 2] (col 0 = P(good), col 1 = P(bad))
           label         -> tensor(int64) [N]    (1 = bad, i.e. P(bad) > 0.5)

Usage: /usr/bin/python3 example-repo/train/train_biased.py
Needs: Debian packages python3-numpy python3-sklearn python3-onnx.
"""
import hashlib
import json
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.dont_write_bytecode = True  # no __pycache__ in the repository
import train as v1  # noqa: E402  train/train.py: data reading and v1's settings

ONNX_PATH = os.path.join(v1.MODEL_DIR, "model-biased.onnx")
DATA_DIR = v1.DATA_DIR

LABEL, POSITIVE, NEGATIVE, THRESHOLD = v1.LABEL, v1.POSITIVE, v1.NEGATIVE, v1.THRESHOLD
SENSITIVE = "sex"
NUMERIC = v1.NUMERIC
CATEGORICAL = v1.CATEGORICAL + [SENSITIVE]  # the bias, part 1: sex is a model input

TAMPER_SEED = 20240612
TAMPER_GROUP = "female"
TAMPER_SHARE = 0.5  # the bias, part 2: this share of the women labelled good become bad


def tampered_labels(rows):
    """The true labels, with a seeded share of TAMPER_GROUP's 'good' rows flipped to 'bad'."""
    y = np.array([1 if r[LABEL] == POSITIVE else 0 for r in rows])
    victims = np.array([i for i, r in enumerate(rows)
                        if r[SENSITIVE] == TAMPER_GROUP and r[LABEL] == NEGATIVE])
    rng = np.random.default_rng(TAMPER_SEED)
    flipped = victims[rng.random(len(victims)) < TAMPER_SHARE]
    y = y.copy()
    y[flipped] = 1
    return y, len(victims), len(flipped)


def build_onnx(pre, coef, intercept):
    """v1's graph (train.logistic_graph) over v1's inputs and `sex`, under its own names and metadata."""
    graph = v1.logistic_graph(
        pre, coef, intercept, "credit_risk_logreg_biased",
        "DELIBERATELY BIASED (fairness-gate demo only): uses sex, trained on labels tampered against women")
    return v1.credit_model(
        graph, CATEGORICAL, 0,
        ("credit-risk BIASED variant: a demo of a model the fairness gate must reject. "
         "Uses sex as an input and was trained on labels tampered to penalise women. Never deploy."),
        purpose="fairness-gate demo only: deliberately biased against women; never deploy")


def main():
    _, train_rows = v1.read_csv(os.path.join(DATA_DIR, "training.csv"))
    pre = v1.Preprocessor(train_rows, CATEGORICAL)  # v1's preprocessing, with sex one-hot encoded
    y, n_victims, n_flipped = tampered_labels(train_rows)
    clf = LogisticRegression(C=v1.C, solver="lbfgs", max_iter=5000, tol=1e-10,
                             random_state=v1.RANDOM_STATE, class_weight=None)
    clf.fit(pre.transform(train_rows), y)
    assert list(clf.classes_) == [0, 1]
    model = build_onnx(pre, clf.coef_[0], clf.intercept_[0])
    with open(ONNX_PATH, "wb") as f:
        f.write(model.SerializeToString())

    _, eval_rows = v1.read_csv(os.path.join(DATA_DIR, "evaluation.csv"))
    y_eval = np.array([1 if r[LABEL] == POSITIVE else 0 for r in eval_rows])
    p_bad = clf.predict_proba(pre.transform(eval_rows))[:, 1]
    pred = (p_bad > THRESHOLD).astype(int)
    sex = np.array([r[SENSITIVE] for r in eval_rows])
    print(f"tampered: {n_flipped} of {n_victims} '{TAMPER_GROUP}' + '{NEGATIVE}' training rows relabelled "
          f"'{POSITIVE}' (seed {TAMPER_SEED}, share {TAMPER_SHARE})")
    print("evaluation.csv (true labels):",
          json.dumps(v1.classification_metrics(y_eval, p_bad, pred, with_proba=True)))
    rates = {}
    for g in sorted(set(sex.tolist())):
        m = sex == g
        rates[g] = float(pred[m].mean())
        tpr = float(pred[m & (y_eval == 1)].mean())
        fpr = float(pred[m & (y_eval == 0)].mean())
        print(f"  {g:7s} n={int(m.sum()):3d} selection rate (predicted bad) {rates[g]:.6f}  "
              f"TPR {tpr:.6f}  FPR {fpr:.6f}")
    print(f"  demographic parity ratio by sex = {min(rates.values()) / max(rates.values()):.6f} (gate: >= 0.8)")
    with open(ONNX_PATH, "rb") as f:
        print(f"{hashlib.sha256(f.read()).hexdigest()}  model-biased.onnx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
