#!/usr/bin/env python3
"""Train the credit-risk model v1 (logistic regression) and export it to ONNX.

Deterministic: lbfgs with a fixed random_state, no shuffling, and the ONNX file is
built by hand with onnx.helper (fixed producer name/version, no timestamps), so two
runs on the same inputs produce byte-identical files.

Reads  example-repo/models/credit-risk/data/training.csv   (fit)
       example-repo/models/credit-risk/data/evaluation.csv (metrics)
Writes example-repo/models/credit-risk/model-v1.onnx
       example-repo/models/credit-risk/metrics-v1.json (metrics, one-rule baseline,
       error analysis vs the baseline, coefficient-based feature importance)

Model: P(class == "bad") from the 20 original German Credit attributes (the derived
`sex` column is NOT a feature). Numeric columns are standardized with the training
mean / standard deviation (ddof=0); categorical columns are one-hot encoded with the
sorted categories seen in training (unseen category -> all zeros).

Missing values (ONNX graph only; the training data has none, so the fit is unaffected):
a numeric input that is NaN is replaced by the training mean of its column before
standardization (IsNaN + Where), so it contributes 0; a categorical input that is the
empty string '' is not a training category and one-hot encodes to all zeros.

ONNX interface (one input per column):
  inputs   numeric column      -> tensor(float)  [N, 1], named like the column
           categorical column  -> tensor(string) [N, 1], named like the column
  outputs  probabilities       -> tensor(float)  [N, 2]  (col 0 = P(good), col 1 = P(bad))
           label               -> tensor(int64)  [N]     (1 = bad, i.e. P(bad) > 0.5)

Usage: /usr/bin/python3 example-repo/train/train.py
Needs: Debian packages python3-numpy python3-sklearn python3-onnx.
"""
import csv
import hashlib
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, brier_score_loss, f1_score, log_loss,
                             precision_score, recall_score, roc_auc_score)

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_DIR = os.path.normpath(os.path.join(HERE, "..", "models", "credit-risk"))
DATA_DIR = os.path.join(MODEL_DIR, "data")
ONNX_PATH = os.path.join(MODEL_DIR, "model-v1.onnx")
METRICS_PATH = os.path.join(MODEL_DIR, "metrics-v1.json")

LABEL = "class"
POSITIVE = "bad"
NEGATIVE = "good"
THRESHOLD = 0.5
NUMERIC = ["duration", "credit_amount", "installment_commitment", "residence_since",
           "age", "existing_credits", "num_dependents"]
CATEGORICAL = ["checking_status", "credit_history", "purpose", "savings_status", "employment",
               "personal_status", "other_parties", "property_magnitude", "other_payment_plans",
               "housing", "job", "own_telephone", "foreign_worker"]
EXCLUDED = ["sex"]  # derived column, kept in the data for fairness checks, not a feature
C = 1.0
RANDOM_STATE = 0

PRODUCER_NAME = "modelops-example-train"
PRODUCER_VERSION = "1.0.0"
OPSET_DEFAULT = 17
OPSET_ML = 3
IR_VERSION = 8


def read_csv(path):
    with open(path, "r", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    return header, rows


class Preprocessor:
    """Training means and standard deviations of NUMERIC, sorted training categories of `categorical`."""

    def __init__(self, rows, categorical=CATEGORICAL):
        self.categorical = list(categorical)
        num = np.array([[float(r[c]) for c in NUMERIC] for r in rows], dtype=np.float64)
        self.mean = num.mean(axis=0)
        self.std = num.std(axis=0)  # ddof=0
        self.categories = {c: sorted({r[c] for r in rows}) for c in self.categorical}

    def feature_names(self):
        names = list(NUMERIC)
        for c in self.categorical:
            names += [f"{c}={v}" for v in self.categories[c]]
        return names

    def transform(self, rows):
        num = np.array([[float(r[c]) for c in NUMERIC] for r in rows], dtype=np.float64)
        blocks = [(num - self.mean) / self.std]
        for c in self.categorical:
            cats = self.categories[c]
            onehot = np.zeros((len(rows), len(cats)), dtype=np.float64)
            index = {v: j for j, v in enumerate(cats)}
            for i, r in enumerate(rows):
                j = index.get(r[c])
                if j is not None:
                    onehot[i, j] = 1.0
            blocks.append(onehot)
        return np.hstack(blocks)


def f32(a):
    return np.asarray(a, dtype=np.float32)


def feature_graph(pre, standardize=True):
    """The inputs and the graph up to `features` [N, K]: (inputs, nodes, initializers, value_info).

    Shared by every model of the example (train_biased.py, train_v2.py): the numeric columns with NaN
    replaced by the training mean (then standardized unless `standardize` is false), then one one-hot
    block per categorical column of `pre`.
    """
    inputs, nodes, inits, value_info = [], [], [], []

    # Numeric block: Concat the [N,1] inputs -> [N,7], replace NaN (a missing value) by the
    # training mean of its column, then (x - mean) / std. The imputed value is the same float32
    # constant that Sub subtracts, so a missing numeric value contributes exactly 0 to the logit.
    for c in NUMERIC:
        inputs.append(helper.make_tensor_value_info(c, TensorProto.FLOAT, ["N", 1]))
    inits.append(numpy_helper.from_array(f32(pre.mean).reshape(1, -1), "num_mean"))
    if standardize:
        inits.append(numpy_helper.from_array(f32(pre.std).reshape(1, -1), "num_std"))
    nodes.append(helper.make_node("Concat", list(NUMERIC), ["num_raw"], axis=1, name="num_concat"))
    nodes.append(helper.make_node("IsNaN", ["num_raw"], ["num_isnan"], name="num_isnan"))
    nodes.append(helper.make_node("Where", ["num_isnan", "num_mean", "num_raw"], ["num_imputed"],
                                  name="num_impute_mean"))
    feature_blocks = ["num_imputed"]
    if standardize:
        nodes.append(helper.make_node("Sub", ["num_imputed", "num_mean"], ["num_centered"], name="num_sub_mean"))
        nodes.append(helper.make_node("Div", ["num_centered", "num_std"], ["num_scaled"], name="num_div_std"))
        feature_blocks = ["num_scaled"]

    # Categorical blocks: OneHotEncoder [N,1] -> [N,1,K] -> Flatten -> [N,K].
    for c in pre.categorical:
        inputs.append(helper.make_tensor_value_info(c, TensorProto.STRING, ["N", 1]))
        nodes.append(helper.make_node("OneHotEncoder", [c], [f"{c}__onehot3d"], domain="ai.onnx.ml",
                                      cats_strings=pre.categories[c], zeros=1, name=f"{c}__onehot"))
        nodes.append(helper.make_node("Flatten", [f"{c}__onehot3d"], [f"{c}__onehot2d"], axis=1,
                                      name=f"{c}__flatten"))
        feature_blocks.append(f"{c}__onehot2d")
        # onnx's shape inference has no rule for OneHotEncoder: declare its output type.
        value_info.append(helper.make_tensor_value_info(
            f"{c}__onehot3d", TensorProto.FLOAT, ["N", 1, len(pre.categories[c])]))
    nodes.append(helper.make_node("Concat", feature_blocks, ["features"], axis=1, name="features_concat"))
    return inputs, nodes, inits, value_info


def probability_outputs(nodes, inits):
    """From `logit` [N, 1] = log-odds of bad: appends the nodes and initializers of the outputs
    (probabilities [N, 2] = P(good), P(bad); label [N] = 1 iff P(bad) > THRESHOLD) and returns them."""
    inits.append(numpy_helper.from_array(np.array([[1.0]], dtype=np.float32), "one"))
    inits.append(numpy_helper.from_array(np.array([[THRESHOLD]], dtype=np.float32), "threshold"))
    inits.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), "label_shape"))
    nodes += [
        helper.make_node("Sigmoid", ["logit"], ["p_bad"], name="sigmoid"),
        helper.make_node("Sub", ["one", "p_bad"], ["p_good"], name="p_good"),
        helper.make_node("Concat", ["p_good", "p_bad"], ["probabilities"], axis=1, name="proba_concat"),
        helper.make_node("Greater", ["p_bad", "threshold"], ["is_bad_2d"], name="threshold_cmp"),
        helper.make_node("Cast", ["is_bad_2d"], ["label_2d"], to=TensorProto.INT64, name="label_cast"),
        helper.make_node("Reshape", ["label_2d", "label_shape"], ["label"], name="label_reshape"),
    ]
    return [
        helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2]),
        helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
    ]


def credit_model(graph, categorical, model_version, doc_string, **metadata):
    """The ONNX model of `graph`: the example's opsets, producer and IR version, and metadata naming the
    classes, threshold, features and label (plus `metadata`), checked."""
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET_DEFAULT), helper.make_opsetid("ai.onnx.ml", OPSET_ML)],
        producer_name=PRODUCER_NAME,
        producer_version=PRODUCER_VERSION,
        domain="modelops.example",
        model_version=model_version,
        doc_string=doc_string,
    )
    model.ir_version = IR_VERSION
    meta = {
        "positive_class": POSITIVE,
        "classes": json.dumps([NEGATIVE, POSITIVE]),
        "threshold": str(THRESHOLD),
        "numeric_features": json.dumps(NUMERIC),
        "categorical_features": json.dumps(list(categorical)),
        "label_column": LABEL,
        **metadata,
    }
    for k in sorted(meta):
        p = model.metadata_props.add()
        p.key, p.value = k, meta[k]
    onnx.checker.check_model(model, full_check=True)
    return model


def logistic_graph(pre, coef, intercept, name, doc_string):
    """A logistic regression over feature_graph: sigmoid(features @ W + b) = P(bad)."""
    inputs, nodes, inits, value_info = feature_graph(pre)
    inits.append(numpy_helper.from_array(f32(coef).reshape(-1, 1), "coef"))
    inits.append(numpy_helper.from_array(f32(intercept).reshape(1, 1), "intercept"))
    nodes += [
        helper.make_node("MatMul", ["features", "coef"], ["logit_nobias"], name="linear_matmul"),
        helper.make_node("Add", ["logit_nobias", "intercept"], ["logit"], name="linear_add"),
    ]
    outputs = probability_outputs(nodes, inits)
    return helper.make_graph(nodes, name, inputs, outputs, initializer=inits, value_info=value_info,
                             doc_string=doc_string)


def build_onnx(pre, coef, intercept):
    graph = logistic_graph(pre, coef, intercept, "credit_risk_logreg_v1",
                           "German Credit logistic regression; probabilities[:,1] = P(bad)")
    return credit_model(graph, pre.categorical, 1,
                        "credit-risk v1: logistic regression, positive class 'bad' (default).")


def classification_metrics(y, score, pred, with_proba):
    out = {
        "roc_auc": roc_auc_score(y, score),
        "accuracy": accuracy_score(y, pred),
        "precision": precision_score(y, pred, zero_division=0),
        "recall": recall_score(y, pred),
        "f1": f1_score(y, pred),
    }
    if with_proba:
        out["log_loss"] = log_loss(y, np.column_stack([1 - score, score]), labels=[0, 1])
        out["brier"] = brier_score_loss(y, score)
    return {k: round(float(v), 6) for k, v in out.items()}


def confusion(y, pred):
    """Confusion matrix with positive class = bad (1), as explicit ints."""
    return {
        "tn": int(((y == 0) & (pred == 0)).sum()),
        "fp": int(((y == 0) & (pred == 1)).sum()),
        "fn": int(((y == 1) & (pred == 0)).sum()),
        "tp": int(((y == 1) & (pred == 1)).sum()),
    }


def error_analysis(rows, y, pred, rule):
    """Where the model and the one-rule baseline go wrong on the evaluation rows."""
    model_wrong = pred != y
    rule_wrong = rule != y
    out = {
        "positive_class": POSITIVE,
        "threshold": THRESHOLD,
        "confusion_matrix": {
            "model": confusion(y, pred),
            "baseline": confusion(y, rule),
        },
        "errors": {
            "both_wrong": int((model_wrong & rule_wrong).sum()),
            "only_model_wrong": int((model_wrong & ~rule_wrong).sum()),
            "only_baseline_wrong": int((~model_wrong & rule_wrong).sum()),
        },
    }
    for col in ["checking_status", "purpose"]:
        values = np.array([r[col] for r in rows])
        groups = []
        for v in sorted(set(values.tolist())):
            mask = values == v
            n = int(mask.sum())
            groups.append({
                "value": v,
                "n": n,
                "model_error_rate": round(float(model_wrong[mask].sum()) / n, 6),
                "baseline_error_rate": round(float(rule_wrong[mask].sum()) / n, 6),
            })
        out[f"by_{col}"] = groups
    return out


def explainability(pre, coef):
    """Per-feature importance of the logistic regression (coefficients on the model's inputs).

    numeric: |coefficient| on the standardized column (the standardized coefficient);
    categorical: max - min of the coefficients over its one-hot columns (spread of the
    log-odds contribution). Sorted by importance descending, then feature name.
    """
    coef = np.asarray(coef, dtype=np.float64)
    names = pre.feature_names()
    assert len(names) == len(coef)
    by_name = dict(zip(names, coef.tolist()))
    raw = []
    for c in NUMERIC:
        raw.append((c, "numeric", abs(by_name[c])))
    for c in CATEGORICAL:
        vals = [by_name[f"{c}={v}"] for v in pre.categories[c]]
        raw.append((c, "categorical", max(vals) - min(vals)))
    raw.sort(key=lambda t: (-t[2], t[0]))
    importance = [{"feature": f, "type": t, "importance": round(float(v), 6)} for f, t, v in raw]
    top_cat = next(f for f, t, _ in raw if t == "categorical")
    onehot = [(v, by_name[f"{top_cat}={v}"]) for v in pre.categories[top_cat]]
    onehot.sort(key=lambda t: (-abs(t[1]), t[0]))
    return {
        "method": ("logistic regression coefficients; numeric: |standardized coefficient|; "
                   "categorical: max - min of its one-hot coefficients"),
        "feature_importance": importance,
        "top_categorical_feature": {
            "feature": top_cat,
            "top_onehot_coefficients": [
                {"value": v, "coefficient": round(float(w), 6)} for v, w in onehot[:3]
            ],
        },
    }


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def fit():
    _, train_rows = read_csv(os.path.join(DATA_DIR, "training.csv"))
    pre = Preprocessor(train_rows)
    X = pre.transform(train_rows)
    y = np.array([1 if r[LABEL] == POSITIVE else 0 for r in train_rows])
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=5000, tol=1e-10,
                             random_state=RANDOM_STATE, class_weight=None)
    clf.fit(X, y)
    assert list(clf.classes_) == [0, 1]
    return pre, clf


def main():
    pre, clf = fit()
    model = build_onnx(pre, clf.coef_[0], clf.intercept_[0])
    with open(ONNX_PATH, "wb") as f:
        f.write(model.SerializeToString())

    _, eval_rows = read_csv(os.path.join(DATA_DIR, "evaluation.csv"))
    y = np.array([1 if r[LABEL] == POSITIVE else 0 for r in eval_rows])
    p_bad = clf.predict_proba(pre.transform(eval_rows))[:, 1]
    pred = (p_bad > THRESHOLD).astype(int)
    rule = np.array([1 if r["checking_status"] == "<0" else 0 for r in eval_rows])
    metrics = {
        "model": "credit-risk",
        "version": "v1",
        "dataset": "evaluation.csv",
        "n_rows": int(len(y)),
        "n_positive": int(y.sum()),
        "positive_class": POSITIVE,
        "threshold": THRESHOLD,
        "model_metrics": classification_metrics(y, p_bad, pred, with_proba=True),
        "baseline": {
            "rule": "predict bad iff checking_status == '<0' (roc_auc uses the rule as a 0/1 score)",
            **classification_metrics(y, rule.astype(float), rule, with_proba=False),
        },
        "error_analysis": error_analysis(eval_rows, y, pred, rule),
        "explainability": explainability(pre, clf.coef_[0]),
    }
    with open(METRICS_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(metrics, indent=2) + "\n")

    print(json.dumps(metrics, indent=2))
    for name in sorted(os.listdir(DATA_DIR)):
        if name.endswith(".csv"):
            print(f"{sha256(os.path.join(DATA_DIR, name))}  data/{name}")
    print(f"{sha256(ONNX_PATH)}  model-v1.onnx")
    print(f"{sha256(METRICS_PATH)}  metrics-v1.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
