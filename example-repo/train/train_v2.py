#!/usr/bin/env python3
"""Train the credit-risk model v2 (gradient-boosted trees) and export it to ONNX.

Deterministic: GradientBoostingClassifier with a fixed random_state (row subsampling and
feature subsampling are seeded), and the ONNX file is built by hand with onnx.helper (fixed
producer name/version, no timestamps), so two runs on the same inputs produce byte-identical
files.

Reads  example-repo/models/credit-risk/data/training.csv   (fit)
       example-repo/models/credit-risk/data/evaluation.csv (metrics)
       example-repo/train/train.py                         (v1, refitted for the comparison)
Writes example-repo/models/credit-risk/model-v2.onnx
       example-repo/models/credit-risk/metrics-v2.json (metrics, the one-rule baseline, v1 as
       champion, error analysis vs the baseline and vs v1, tree feature importance)

Model: P(class == "bad") from the same 20 original German Credit attributes as v1 (the derived
`sex` column is NOT a feature). Numeric columns are used as they are (trees need no scaling);
categorical columns are one-hot encoded with the sorted categories seen in training (unseen
category -> all zeros), exactly as in v1.

Hyper-parameters were chosen by 2 x 5-fold repeated stratified cross-validation on
training.csv only (mean ROC AUC and log loss; the evaluation set played no part); re-run the
search with `--search` (about 3 minutes on 2 cores; prints the ranking, writes nothing).

Missing values (ONNX graph only; the training data has none, so the fit is unaffected):
a numeric input that is NaN is replaced by the training mean of its column (IsNaN + Where),
so the trees see the same value as when the mean is fed; a categorical input that is the empty
string '' is not a training category and one-hot encodes to all zeros.

ONNX construction: the boosted trees are one ai.onnx.ml TreeEnsembleRegressor (aggregate SUM,
base_values = the initial log-odds, leaf weights = learning_rate x leaf value, BRANCH_LEQ
nodes) giving sklearn's decision_function (the log-odds of "bad"), followed by a standard
Sigmoid. No TreeEnsembleClassifier and no ZipMap: onnxruntime-node cannot return ZipMap
outputs, and binary TreeEnsembleClassifier labels are unreliable, so the label is derived from
the probability like in v1.

ONNX interface (identical to v1; one input per column):
  inputs   numeric column      -> tensor(float)  [N, 1], named like the column
           categorical column  -> tensor(string) [N, 1], named like the column
  outputs  probabilities       -> tensor(float)  [N, 2]  (col 0 = P(good), col 1 = P(bad))
           label               -> tensor(int64)  [N]     (1 = bad, i.e. P(bad) > 0.5)

Usage: /usr/bin/python3 example-repo/train/train_v2.py [--search]
Needs: Debian packages python3-numpy python3-sklearn python3-onnx.
"""
import hashlib
import itertools
import json
import os
import sys

import numpy as np
from onnx import TensorProto, helper
from sklearn.ensemble import GradientBoostingClassifier

sys.dont_write_bytecode = True  # no __pycache__ in the repository
import train as v1  # noqa: E402  train/train.py: shared data reading, preprocessing and metric helpers

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_DIR = v1.MODEL_DIR
DATA_DIR = v1.DATA_DIR
ONNX_PATH = os.path.join(MODEL_DIR, "model-v2.onnx")
METRICS_PATH = os.path.join(MODEL_DIR, "metrics-v2.json")
METRICS_V1_PATH = os.path.join(MODEL_DIR, "metrics-v1.json")

LABEL, POSITIVE, NEGATIVE, THRESHOLD = v1.LABEL, v1.POSITIVE, v1.NEGATIVE, v1.THRESHOLD
NUMERIC, CATEGORICAL = v1.NUMERIC, v1.CATEGORICAL

# Chosen by `--search` (best mean cross-validated ROC AUC and log loss on training.csv).
PARAMS = dict(
    n_estimators=300,
    learning_rate=0.03,
    max_depth=2,
    min_samples_leaf=10,
    subsample=0.5,
    max_features="sqrt",
    random_state=0,
)

def features(pre, rows):
    """Model matrix: the 7 numeric columns unscaled, then v1's one-hot blocks."""
    X = pre.transform(rows)
    X[:, :len(NUMERIC)] = np.array([[float(r[c]) for c in NUMERIC] for r in rows], dtype=np.float64)
    return X


def labels(rows):
    return np.array([1 if r[LABEL] == POSITIVE else 0 for r in rows])


def fit():
    _, train_rows = v1.read_csv(os.path.join(DATA_DIR, "training.csv"))
    pre = v1.Preprocessor(train_rows)
    clf = GradientBoostingClassifier(**PARAMS)
    clf.fit(features(pre, train_rows), labels(train_rows))
    assert list(clf.classes_) == [0, 1]
    return pre, clf, train_rows


def initial_log_odds(clf, X):
    """The constant the boosting starts from (log-odds of the training prior)."""
    trees = sum(est[0].predict(X) for est in clf.estimators_) * clf.learning_rate
    base = clf.decision_function(X) - trees
    assert np.allclose(base, base[0], atol=1e-12, rtol=0)
    prior = float(clf.init_.class_prior_[1])
    assert abs(base[0] - np.log(prior / (1 - prior))) < 1e-12
    return float(base[0])


def tree_ensemble_attributes(clf):
    """sklearn regression trees -> ai.onnx.ml TreeEnsembleRegressor attributes (one target)."""
    a = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_modes",
                         "nodes_values", "nodes_truenodeids", "nodes_falsenodeids",
                         "nodes_missing_value_tracks_true", "target_treeids", "target_nodeids",
                         "target_ids", "target_weights"]}
    for t, est in enumerate(clf.estimators_[:, 0]):
        tree = est.tree_
        for n in range(tree.node_count):
            left, right = int(tree.children_left[n]), int(tree.children_right[n])
            a["nodes_treeids"].append(t)
            a["nodes_nodeids"].append(n)
            a["nodes_missing_value_tracks_true"].append(0)  # NaN is imputed before the trees
            if left == -1:  # leaf
                a["nodes_featureids"].append(0)
                a["nodes_modes"].append("LEAF")
                a["nodes_values"].append(0.0)
                a["nodes_truenodeids"].append(0)
                a["nodes_falsenodeids"].append(0)
                a["target_treeids"].append(t)
                a["target_nodeids"].append(n)
                a["target_ids"].append(0)
                a["target_weights"].append(float(np.float32(clf.learning_rate * tree.value[n, 0, 0])))
            else:  # sklearn sends x <= threshold to the left child
                thr = float(tree.threshold[n])
                # Thresholds are midpoints of integers (or 0.5 for one-hot columns), so the
                # float32 the ONNX node stores is exactly sklearn's float64 threshold.
                assert float(np.float32(thr)) == thr, thr
                a["nodes_featureids"].append(int(tree.feature[n]))
                a["nodes_modes"].append("BRANCH_LEQ")
                a["nodes_values"].append(thr)
                a["nodes_truenodeids"].append(left)
                a["nodes_falsenodeids"].append(right)
    return a


def build_onnx(pre, clf, base_value):
    # v1's inputs and one-hot blocks, the numeric columns imputed but not scaled (trees need no scale).
    inputs, nodes, inits, value_info = v1.feature_graph(pre, standardize=False)

    # Gradient boosting: log-odds = base + sum over trees of learning_rate * leaf value.
    attrs = tree_ensemble_attributes(clf)
    nodes.append(helper.make_node(
        "TreeEnsembleRegressor", ["features"], ["logit"], domain="ai.onnx.ml", name="gbdt",
        n_targets=1, aggregate_function="SUM", post_transform="NONE", base_values=[base_value],
        **attrs))
    value_info.append(helper.make_tensor_value_info("logit", TensorProto.FLOAT, ["N", 1]))
    outputs = v1.probability_outputs(nodes, inits)
    graph = helper.make_graph(nodes, "credit_risk_gbdt_v2", inputs, outputs, initializer=inits,
                              value_info=value_info,
                              doc_string="German Credit gradient-boosted trees; probabilities[:,1] = P(bad)")
    return v1.credit_model(
        graph, CATEGORICAL, 2, "credit-risk v2: gradient-boosted trees, positive class 'bad' (default).",
        estimator="sklearn.ensemble.GradientBoostingClassifier " + json.dumps(PARAMS, sort_keys=True))


def explainability(pre, clf):
    """Impurity-based importance of the boosted trees, one-hot columns summed per feature."""
    names = pre.feature_names()
    imp = clf.feature_importances_
    assert len(names) == len(imp)
    by_name = dict(zip(names, imp.tolist()))
    raw = [(c, "numeric", by_name[c]) for c in NUMERIC]
    for c in CATEGORICAL:
        raw.append((c, "categorical", sum(by_name[f"{c}={v}"] for v in pre.categories[c])))
    raw.sort(key=lambda t: (-t[2], t[0]))
    top_cat = next(f for f, t, _ in raw if t == "categorical")
    onehot = [(v, by_name[f"{top_cat}={v}"]) for v in pre.categories[top_cat]]
    onehot.sort(key=lambda t: (-t[1], t[0]))
    return {
        "method": ("gradient boosting impurity-based feature importance (mean decrease in squared "
                   "error over the trees, normalized to sum 1); categorical: sum over its one-hot columns"),
        "feature_importance": [{"feature": f, "type": t, "importance": round(float(v), 6)}
                               for f, t, v in raw],
        "top_categorical_feature": {
            "feature": top_cat,
            "top_onehot_importances": [
                {"value": v, "importance": round(float(w), 6)} for v, w in onehot[:3]
            ],
        },
    }


def vs_champion(y, pred, pred_v1):
    wrong, wrong_v1 = pred != y, pred_v1 != y
    return {
        "confusion_matrix": {"model": v1.confusion(y, pred), "champion": v1.confusion(y, pred_v1)},
        "errors": {
            "both_wrong": int((wrong & wrong_v1).sum()),
            "only_model_wrong": int((wrong & ~wrong_v1).sum()),
            "only_champion_wrong": int((~wrong & wrong_v1).sum()),
        },
    }


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


_CV = {}  # data shared with the worker processes of --search (forked)


def _cv_run(cfg):
    X, y, folds, stages = _CV["X"], _CV["y"], _CV["folds"], _CV["stages"]
    from sklearn.metrics import log_loss, roc_auc_score
    depth, lr, leaf, sub, feat = cfg
    auc = {n: [] for n in stages}
    ll = {n: [] for n in stages}
    for tr, te in folds:
        m = GradientBoostingClassifier(n_estimators=max(stages), max_depth=depth, learning_rate=lr,
                                       min_samples_leaf=leaf, subsample=sub, max_features=feat,
                                       random_state=0).fit(X[tr], y[tr])
        for k, p in enumerate(m.staged_predict_proba(X[te]), start=1):
            if k in auc:
                auc[k].append(roc_auc_score(y[te], p[:, 1]))
                ll[k].append(log_loss(y[te], p[:, 1]))
    return [(float(np.mean(auc[n])), float(np.mean(ll[n])), depth, lr, leaf, sub, feat, n) for n in stages]


def search():
    """The cross-validated grid that chose PARAMS (training.csv only)."""
    from multiprocessing import Pool
    from sklearn.model_selection import RepeatedStratifiedKFold
    _, train_rows = v1.read_csv(os.path.join(DATA_DIR, "training.csv"))
    pre = v1.Preprocessor(train_rows)
    X, y = features(pre, train_rows), labels(train_rows)
    _CV.update(X=X, y=y, stages=[50, 100, 150, 200, 300, 400],
               folds=list(RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=0).split(X, y)))
    # max_depth, learning_rate, min_samples_leaf, subsample, max_features (x n_estimators stages)
    grid = list(itertools.product([2, 3], [0.03, 0.1], [1, 10, 20], [0.5, 0.8, 1.0], [None, "sqrt", 0.3]))
    with Pool(2) as pool:
        rows = [r for rs in pool.map(_cv_run, grid) for r in rs]
    rows.sort(key=lambda r: (-r[0], r[1]))
    print("cv_roc_auc cv_log_loss max_depth learning_rate min_samples_leaf subsample max_features n_estimators")
    for r in rows[:20]:
        print(f"{r[0]:.4f} {r[1]:.4f} " + " ".join(str(v) for v in r[2:]))
    return 0


def main():
    if sys.argv[1:] == ["--search"]:
        return search()
    if sys.argv[1:]:
        print("usage: train_v2.py [--search]", file=sys.stderr)
        return 2

    pre, clf, train_rows = fit()
    base = initial_log_odds(clf, features(pre, train_rows[:5]))
    model = build_onnx(pre, clf, base)
    with open(ONNX_PATH, "wb") as f:
        f.write(model.SerializeToString())

    _, eval_rows = v1.read_csv(os.path.join(DATA_DIR, "evaluation.csv"))
    y = labels(eval_rows)
    p_bad = clf.predict_proba(features(pre, eval_rows))[:, 1]
    pred = (p_bad > THRESHOLD).astype(int)
    rule = np.array([1 if r["checking_status"] == "<0" else 0 for r in eval_rows])

    # The champion (v1), refitted with train/train.py; must match the committed metrics-v1.json.
    pre_v1, clf_v1 = v1.fit()
    p_v1 = clf_v1.predict_proba(pre_v1.transform(eval_rows))[:, 1]
    pred_v1 = (p_v1 > THRESHOLD).astype(int)
    m_v1 = v1.classification_metrics(y, p_v1, pred_v1, with_proba=True)
    with open(METRICS_V1_PATH, "r", encoding="utf-8") as f:
        assert json.load(f)["model_metrics"] == m_v1, "v1 refit differs from metrics-v1.json"

    m_v2 = v1.classification_metrics(y, p_bad, pred, with_proba=True)
    analysis = v1.error_analysis(eval_rows, y, pred, rule)
    analysis["vs_champion"] = vs_champion(y, pred, pred_v1)
    metrics = {
        "model": "credit-risk",
        "version": "v2",
        "dataset": "evaluation.csv",
        "n_rows": int(len(y)),
        "n_positive": int(y.sum()),
        "positive_class": POSITIVE,
        "threshold": THRESHOLD,
        "estimator": {"class": "sklearn.ensemble.GradientBoostingClassifier", "params": PARAMS,
                      "selection": "2x5-fold repeated stratified CV on training.csv (train/train_v2.py --search)"},
        "model_metrics": m_v2,
        "baseline": {
            "rule": "predict bad iff checking_status == '<0' (roc_auc uses the rule as a 0/1 score)",
            **v1.classification_metrics(y, rule.astype(float), rule, with_proba=False),
        },
        "champion": {
            "version": "v1",
            "evidence": "metrics-v1.json",
            "model_metrics": m_v1,
            "delta": {k: round(m_v2[k] - m_v1[k], 6) for k in m_v2},
        },
        "error_analysis": analysis,
        "explainability": explainability(pre, clf),
    }
    with open(METRICS_PATH, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(metrics, indent=2) + "\n")

    print(json.dumps({k: metrics[k] for k in ["model_metrics", "champion"]}, indent=2))
    n_nodes = sum(est.tree_.node_count for est in clf.estimators_[:, 0])
    print(f"trees={len(clf.estimators_)} nodes={n_nodes} base_log_odds={base:.9f} "
          f"onnx_bytes={os.path.getsize(ONNX_PATH)}")
    print(f"{sha256(ONNX_PATH)}  model-v2.onnx")
    print(f"{sha256(METRICS_PATH)}  metrics-v2.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
