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
import onnx
from onnx import TensorProto, helper, numpy_helper
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


class Preprocessor:
    """v1's preprocessing with `sex` added to the categorical columns."""

    def __init__(self, rows):
        num = np.array([[float(r[c]) for c in NUMERIC] for r in rows], dtype=np.float64)
        self.mean = num.mean(axis=0)
        self.std = num.std(axis=0)  # ddof=0
        self.categories = {c: sorted({r[c] for r in rows}) for c in CATEGORICAL}

    def transform(self, rows):
        num = np.array([[float(r[c]) for c in NUMERIC] for r in rows], dtype=np.float64)
        blocks = [(num - self.mean) / self.std]
        for c in CATEGORICAL:
            index = {v: j for j, v in enumerate(self.categories[c])}
            onehot = np.zeros((len(rows), len(index)), dtype=np.float64)
            for i, r in enumerate(rows):
                j = index.get(r[c])
                if j is not None:
                    onehot[i, j] = 1.0
            blocks.append(onehot)
        return np.hstack(blocks)


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
    f32 = lambda a: np.asarray(a, dtype=np.float32)
    inputs, nodes, inits, value_info = [], [], [], []
    for c in NUMERIC:
        inputs.append(helper.make_tensor_value_info(c, TensorProto.FLOAT, ["N", 1]))
    inits.append(numpy_helper.from_array(f32(pre.mean).reshape(1, -1), "num_mean"))
    inits.append(numpy_helper.from_array(f32(pre.std).reshape(1, -1), "num_std"))
    nodes.append(helper.make_node("Concat", list(NUMERIC), ["num_raw"], axis=1, name="num_concat"))
    nodes.append(helper.make_node("IsNaN", ["num_raw"], ["num_isnan"], name="num_isnan"))
    nodes.append(helper.make_node("Where", ["num_isnan", "num_mean", "num_raw"], ["num_imputed"],
                                  name="num_impute_mean"))
    nodes.append(helper.make_node("Sub", ["num_imputed", "num_mean"], ["num_centered"], name="num_sub_mean"))
    nodes.append(helper.make_node("Div", ["num_centered", "num_std"], ["num_scaled"], name="num_div_std"))
    feature_blocks = ["num_scaled"]
    for c in CATEGORICAL:
        inputs.append(helper.make_tensor_value_info(c, TensorProto.STRING, ["N", 1]))
        nodes.append(helper.make_node("OneHotEncoder", [c], [f"{c}__onehot3d"], domain="ai.onnx.ml",
                                      cats_strings=pre.categories[c], zeros=1, name=f"{c}__onehot"))
        nodes.append(helper.make_node("Flatten", [f"{c}__onehot3d"], [f"{c}__onehot2d"], axis=1,
                                      name=f"{c}__flatten"))
        feature_blocks.append(f"{c}__onehot2d")
        value_info.append(helper.make_tensor_value_info(
            f"{c}__onehot3d", TensorProto.FLOAT, ["N", 1, len(pre.categories[c])]))
    nodes.append(helper.make_node("Concat", feature_blocks, ["features"], axis=1, name="features_concat"))
    inits.append(numpy_helper.from_array(f32(coef).reshape(-1, 1), "coef"))
    inits.append(numpy_helper.from_array(f32(intercept).reshape(1, 1), "intercept"))
    inits.append(numpy_helper.from_array(np.array([[1.0]], dtype=np.float32), "one"))
    inits.append(numpy_helper.from_array(np.array([[THRESHOLD]], dtype=np.float32), "threshold"))
    inits.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), "label_shape"))
    nodes += [
        helper.make_node("MatMul", ["features", "coef"], ["logit_nobias"], name="linear_matmul"),
        helper.make_node("Add", ["logit_nobias", "intercept"], ["logit"], name="linear_add"),
        helper.make_node("Sigmoid", ["logit"], ["p_bad"], name="sigmoid"),
        helper.make_node("Sub", ["one", "p_bad"], ["p_good"], name="p_good"),
        helper.make_node("Concat", ["p_good", "p_bad"], ["probabilities"], axis=1, name="proba_concat"),
        helper.make_node("Greater", ["p_bad", "threshold"], ["is_bad_2d"], name="threshold_cmp"),
        helper.make_node("Cast", ["is_bad_2d"], ["label_2d"], to=TensorProto.INT64, name="label_cast"),
        helper.make_node("Reshape", ["label_2d", "label_shape"], ["label"], name="label_reshape"),
    ]
    outputs = [
        helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2]),
        helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
    ]
    graph = helper.make_graph(
        nodes, "credit_risk_logreg_biased", inputs, outputs, initializer=inits, value_info=value_info,
        doc_string="DELIBERATELY BIASED (fairness-gate demo only): uses sex, trained on labels tampered against women")
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", v1.OPSET_DEFAULT), helper.make_opsetid("ai.onnx.ml", v1.OPSET_ML)],
        producer_name=v1.PRODUCER_NAME,
        producer_version=v1.PRODUCER_VERSION,
        domain="modelops.example",
        model_version=0,
        doc_string=("credit-risk BIASED variant: a demo of a model the fairness gate must reject. "
                    "Uses sex as an input and was trained on labels tampered to penalise women. Never deploy."),
    )
    model.ir_version = v1.IR_VERSION
    meta = {
        "positive_class": POSITIVE,
        "classes": json.dumps([NEGATIVE, POSITIVE]),
        "threshold": str(THRESHOLD),
        "numeric_features": json.dumps(NUMERIC),
        "categorical_features": json.dumps(CATEGORICAL),
        "label_column": LABEL,
        "purpose": "fairness-gate demo only: deliberately biased against women; never deploy",
    }
    for k in sorted(meta):
        p = model.metadata_props.add()
        p.key, p.value = k, meta[k]
    onnx.checker.check_model(model, full_check=True)
    return model


def main():
    _, train_rows = v1.read_csv(os.path.join(DATA_DIR, "training.csv"))
    pre = Preprocessor(train_rows)
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
