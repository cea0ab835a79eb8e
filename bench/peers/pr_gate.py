"""Python peer of `modelops gate` on the example: what a team would script with pandas/sklearn/scipy.

Reads the example's CSVs, scores the evaluation set with two models (v1 and v2; a scikit-learn
logistic regression stands in for the ONNX graphs, since onnxruntime is not a Debian package),
computes the gate's metrics, per-group fairness, KS/PSI/chi-square drift of every feature,
and 1,000-resample bootstrap intervals of AUC and accuracy and of the v2 - v1 difference.
Prints one `PEER {json}` line with its own phase times; the bench times the whole process.
"""
import glob, json, sys, time, warnings
warnings.filterwarnings("ignore")
t0 = time.perf_counter()
import numpy as np
import pandas as pd
from scipy import stats
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, brier_score_loss, f1_score, log_loss, precision_score, recall_score, roc_auc_score
t_import = time.perf_counter()

data = sys.argv[1]
train = pd.read_csv(f"{data}/training.csv")
evaluation = pd.read_csv(f"{data}/evaluation.csv")
reference = pd.read_csv(f"{data}/reference.csv")
# the stable current sample: the weekly exports under current/ (monitoring.current's glob)
current = pd.concat([pd.read_csv(path) for path in sorted(glob.glob(f"{data}/current/*.csv"))], ignore_index=True)
t_read = time.perf_counter()

features = [c for c in train.columns if c not in ("class", "sex")]
encode = lambda frame: pd.get_dummies(frame[features]).reindex(columns=pd.get_dummies(train[features]).columns, fill_value=0).to_numpy(float)
x_train, x_eval = encode(train), encode(evaluation)
y_train, y_eval = (train["class"] == "bad").to_numpy(int), (evaluation["class"] == "bad").to_numpy(int)
models = {v: LogisticRegression(C=c, max_iter=500).fit(x_train, y_train) for v, c in (("v1", 0.1), ("v2", 1.0))}
scores = {v: m.predict_proba(x_eval)[:, 1] for v, m in models.items()}
t_model = time.perf_counter()

def metrics(y, s, threshold=0.5):
    p = (s >= threshold).astype(int)
    return {"auc": roc_auc_score(y, s), "accuracy": accuracy_score(y, p), "precision": precision_score(y, p, zero_division=0),
            "recall": recall_score(y, p), "f1": f1_score(y, p), "brier": brier_score_loss(y, s), "log_loss": log_loss(y, s)}
result = {v: metrics(y_eval, s) for v, s in scores.items()}
groups = evaluation["sex"].to_numpy()
fairness = {v: {g: {"selection_rate": float((s[groups == g] >= 0.5).mean()), "tpr": float(((s >= 0.5) & (y_eval == 1))[groups == g].sum() / max(1, (y_eval[groups == g] == 1).sum()))} for g in np.unique(groups)} for v, s in scores.items()}
rng = np.random.default_rng(7)
n = len(y_eval)
boot = []
for _ in range(1000):
    i = rng.integers(0, n, n)
    if y_eval[i].min() == y_eval[i].max(): continue
    a1, a2 = roc_auc_score(y_eval[i], scores["v1"][i]), roc_auc_score(y_eval[i], scores["v2"][i])
    c1, c2 = accuracy_score(y_eval[i], scores["v1"][i] >= 0.5), accuracy_score(y_eval[i], scores["v2"][i] >= 0.5)
    boot.append((a1, a2, a2 - a1, c1, c2, c2 - c1))
intervals = np.percentile(np.array(boot), [2.5, 97.5], axis=0).tolist()
t_metrics = time.perf_counter()

def psi(ref, cur, bins=10):
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, bins + 1)))
    r = np.histogram(ref, edges)[0] / len(ref) + 1e-6
    c = np.histogram(np.clip(cur, edges[0], edges[-1]), edges)[0] / len(cur) + 1e-6
    return float(((c - r) * np.log(c / r)).sum())
drift = {}
for column in features:
    ref, cur = reference[column], current[column]
    if pd.api.types.is_numeric_dtype(ref):
        drift[column] = {"ks": stats.ks_2samp(ref, cur).pvalue, "psi": psi(ref.to_numpy(float), cur.to_numpy(float))}
    else:
        table = pd.crosstab(pd.concat([ref, cur]), np.r_[np.zeros(len(ref)), np.ones(len(cur))])
        drift[column] = {"chi2": stats.chi2_contingency(table)[1]}
t_drift = time.perf_counter()
print("PEER " + json.dumps({"import_s": t_import - t0, "read_s": t_read - t_import, "model_stand_in_s": t_model - t_read, "metrics_bootstrap_s": t_metrics - t_model, "drift_s": t_drift - t_metrics, "auc": {v: r["auc"] for v, r in result.items()}, "drifted": sum(1 for d in drift.values() if min(d.values()) < 0.05)}))
