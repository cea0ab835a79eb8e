#!/usr/bin/env python3
"""Builds the small ONNX models the ONNX runner's tests run (src/io/onnx/fixtures/).

Every model is written by hand with onnx.helper (skl2onnx is not available on these machines) and
mimics what real exporters produce: a MatMul logistic regression, an ai.onnx.ml tree ensemble and
linear classifier with skl2onnx's ZipMap output, a Gemm MLP, an ai.onnx.ml LinearRegressor, a model
with one input per column (float and string inputs through OneHotEncoder and LabelEncoder), and the
broken ones the runner must reject clearly (random bytes, an unknown custom-op domain, a future
opset).

Beside each working model, <name>.json holds its weights, so the tests compute the expected
predictions independently in TypeScript. Weights are multiples of 1/64 (exact in float32, float64
and JSON), drawn from numpy's legacy RandomState with fixed seeds; models carry a fixed producer and
no timestamps, so re-running this script reproduces every file byte for byte.

Needs: Debian packages python3-onnx python3-numpy (apt-get install -y python3-onnx python3-numpy).
Run:  /usr/bin/python3 scripts/build-test-models.py   (writes next to this script's repository, from any
directory, and prints the sha256 of every file). Versions used for the committed files: numpy 1.24.2,
onnx 1.12.0. The fixtures are listed in src/io/onnx/fixtures/README.md.
"""
import hashlib
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "io", "onnx", "fixtures")
IR_VERSION = 8
OPSET_DEFAULT = 17
OPSET_ML = 3
PRODUCER_NAME = "modelops-test-fixtures"
PRODUCER_VERSION = "1.0.0"
ML = "ai.onnx.ml"


def dyadic(rng, shape, scale=1.0):
    """Random weights rounded to multiples of 1/64: exactly representable everywhere."""
    return np.round(rng.uniform(-scale, scale, size=shape) * 64.0) / 64.0


def f32(a):
    return np.asarray(a, dtype=np.float32)


def init(name, array):
    return numpy_helper.from_array(array, name)


def tensor(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def zipmap_value_info(name, key_elem):
    """skl2onnx's `output_probability`: seq(map(key, float)), which onnxruntime-node cannot return."""
    map_type = onnx.TypeProto()
    map_type.map_type.key_type = key_elem
    map_type.map_type.value_type.CopyFrom(helper.make_tensor_type_proto(TensorProto.FLOAT, []))
    seq_type = onnx.TypeProto()
    seq_type.sequence_type.elem_type.CopyFrom(map_type)
    return helper.make_value_info(name, seq_type)


def model_of(graph, opsets=None, check="full"):
    """check: "full" (with strict shape inference), "basic" (ZipMap: onnx 1.12's strict inference has no
    rule for its sequence-of-maps output) or None (models that are broken on purpose)."""
    model = helper.make_model(
        graph,
        opset_imports=opsets or [helper.make_opsetid("", OPSET_DEFAULT), helper.make_opsetid(ML, OPSET_ML)],
        producer_name=PRODUCER_NAME,
        producer_version=PRODUCER_VERSION,
        domain="modelops.test",
        model_version=1,
    )
    model.ir_version = IR_VERSION
    if check:
        onnx.checker.check_model(model, full_check=check == "full")
    return model


def write(name, model=None, sidecar=None, raw=None):
    written = []
    path = os.path.join(OUT_DIR, name + ".onnx")
    with open(path, "wb") as f:
        f.write(raw if raw is not None else model.SerializeToString())
    written.append(path)
    if sidecar is not None:
        side_path = os.path.join(OUT_DIR, name + ".json")
        with open(side_path, "w", encoding="utf-8") as f:
            json.dump(sidecar, f, indent=2, sort_keys=True)
            f.write("\n")
        written.append(side_path)
    for p in written:
        with open(p, "rb") as f:
            print(f"{hashlib.sha256(f.read()).hexdigest()}  {os.path.relpath(p, os.path.join(OUT_DIR, '..', '..', '..', '..'))}")


def sigmoid_head(score_input, prefix=""):
    """[N,1] logit -> probabilities [N,2] (column 1 = P(positive)) and label int64 [N] (P > 0.5)."""
    nodes = [
        helper.make_node("Sigmoid", [score_input], [prefix + "p1"]),
        helper.make_node("Sub", ["one", prefix + "p1"], [prefix + "p0"]),
        helper.make_node("Concat", [prefix + "p0", prefix + "p1"], ["probabilities"], axis=1),
        helper.make_node("Greater", [prefix + "p1", "half"], [prefix + "is_positive"]),
        helper.make_node("Cast", [prefix + "is_positive"], [prefix + "label_2d"], to=TensorProto.INT64),
        helper.make_node("Reshape", [prefix + "label_2d", "flat"], ["label"]),
    ]
    inits = [
        init("one", f32([[1.0]])),
        init("half", f32([[0.5]])),
        init("flat", np.array([-1], dtype=np.int64)),
    ]
    return nodes, inits


# (1) Logistic regression: sigmoid(features @ w + b) on one [N,k] float tensor (k = 3; k = 20 for
# bench/onnx-overhead.mjs).
def logreg(batch_dim="N", k=3):
    rng = np.random.RandomState(101 if k == 3 else 100 + k)
    w = dyadic(rng, k, 2.0)
    b = float(dyadic(rng, 1)[0])
    head, head_inits = sigmoid_head("logit")
    nodes = [
        helper.make_node("MatMul", ["features", "coef"], ["logit_nobias"]),
        helper.make_node("Add", ["logit_nobias", "intercept"], ["logit"]),
    ] + head
    graph = helper.make_graph(
        nodes, "logreg",
        [tensor("features", TensorProto.FLOAT, [batch_dim, k])],
        [tensor("probabilities", TensorProto.FLOAT, [batch_dim, 2]), tensor("label", TensorProto.INT64, [batch_dim])],
        initializer=[init("coef", f32(w).reshape(k, 1)), init("intercept", f32([[b]]))] + head_inits,
    )
    return model_of(graph), {"input": "features", "weights": w.tolist(), "bias": b}


# (2) Tree ensemble: a two-tree ai.onnx.ml TreeEnsembleClassifier (binary), exported like skl2onnx
# does a random forest: leaf weights divided by the tree count, a `label` tensor, a `probabilities`
# tensor and the ZipMap `output_probability`.
TREES = [
    # node: (feature, threshold, true child, false child) or leaf [P(class 0), P(class 1)]
    {
        0: (0, 0.5, 1, 2),
        1: (1, -0.25, 3, 4),
        2: (2, 1.0, 5, 6),
        3: [0.875, 0.125], 4: [0.5, 0.5], 5: [0.25, 0.75], 6: [0.0, 1.0],
    },
    {
        0: (2, 0.0, 1, 2),
        1: [0.75, 0.25],
        2: (0, 1.5, 3, 4),
        3: [0.375, 0.625], 4: [0.125, 0.875],
    },
]


def tree_ensemble():
    attrs = {k: [] for k in ("nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                             "nodes_truenodeids", "nodes_falsenodeids", "class_treeids", "class_nodeids",
                             "class_ids", "class_weights")}
    sidecar_trees = []
    for tree_id, tree in enumerate(TREES):
        nodes_json = []
        for node_id in sorted(tree):
            node = tree[node_id]
            attrs["nodes_treeids"].append(tree_id)
            attrs["nodes_nodeids"].append(node_id)
            if isinstance(node, tuple):
                feature, threshold, true_id, false_id = node
                attrs["nodes_featureids"].append(feature)
                attrs["nodes_values"].append(threshold)
                attrs["nodes_modes"].append("BRANCH_LEQ")
                attrs["nodes_truenodeids"].append(true_id)
                attrs["nodes_falsenodeids"].append(false_id)
                nodes_json.append({"id": node_id, "feature": feature, "threshold": threshold, "true": true_id, "false": false_id})
            else:
                attrs["nodes_featureids"].append(0)
                attrs["nodes_values"].append(0.0)
                attrs["nodes_modes"].append("LEAF")
                attrs["nodes_truenodeids"].append(0)
                attrs["nodes_falsenodeids"].append(0)
                for class_id, p in enumerate(node):
                    attrs["class_treeids"].append(tree_id)
                    attrs["class_nodeids"].append(node_id)
                    attrs["class_ids"].append(class_id)
                    attrs["class_weights"].append(p / len(TREES))
                nodes_json.append({"id": node_id, "leaf": node})
        sidecar_trees.append(nodes_json)
    nodes = [
        helper.make_node("TreeEnsembleClassifier", ["features"], ["label", "probabilities"], domain=ML,
                         classlabels_int64s=[0, 1], post_transform="NONE", **attrs),
        helper.make_node("Cast", ["label"], ["output_label"], to=TensorProto.INT64),
        helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain=ML, classlabels_int64s=[0, 1]),
    ]
    graph = helper.make_graph(
        nodes, "tree_ensemble",
        [tensor("features", TensorProto.FLOAT, ["N", 3])],
        [
            tensor("output_label", TensorProto.INT64, ["N"]),
            zipmap_value_info("output_probability", TensorProto.INT64),
            tensor("probabilities", TensorProto.FLOAT, ["N", 2]),
        ],
    )
    sidecar = {
        "input": "features",
        "aggregate": "mean of the trees' leaf probabilities",
        "mode": "BRANCH_LEQ: go to `true` when features[feature] <= threshold",
        "trees": sidecar_trees,
    }
    return model_of(graph, check="basic"), sidecar


# (3) MLP for 3 classes: softmax(relu(x @ W1 + b1) @ W2 + b2) with two Gemm nodes.
def mlp():
    rng = np.random.RandomState(303)
    w1, b1 = dyadic(rng, (4, 5)), dyadic(rng, 5, 0.5)
    w2, b2 = dyadic(rng, (5, 3)), dyadic(rng, 3, 0.5)
    nodes = [
        helper.make_node("Gemm", ["features", "w1", "b1"], ["hidden_linear"]),
        helper.make_node("Relu", ["hidden_linear"], ["hidden"]),
        helper.make_node("Gemm", ["hidden", "w2", "b2"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1),
        helper.make_node("ArgMax", ["probabilities"], ["label"], axis=1, keepdims=0),
    ]
    graph = helper.make_graph(
        nodes, "mlp",
        [tensor("features", TensorProto.FLOAT, ["N", 4])],
        [tensor("probabilities", TensorProto.FLOAT, ["N", 3]), tensor("label", TensorProto.INT64, ["N"])],
        initializer=[init("w1", f32(w1)), init("b1", f32(b1)), init("w2", f32(w2)), init("b2", f32(b2))],
    )
    sidecar = {"input": "features", "w1": w1.tolist(), "b1": b1.tolist(), "w2": w2.tolist(), "b2": b2.tolist(),
               "formula": "softmax(relu(x @ w1 + b1) @ w2 + b2)"}
    return model_of(graph), sidecar


# (4) Regression: ai.onnx.ml LinearRegressor, output `variable` [N,1] as skl2onnx names it.
def linear_regressor():
    rng = np.random.RandomState(404)
    w = dyadic(rng, 3, 4.0)
    b = float(dyadic(rng, 1, 8.0)[0])
    nodes = [helper.make_node("LinearRegressor", ["features"], ["variable"], domain=ML,
                              coefficients=w.tolist(), intercepts=[b], targets=1, post_transform="NONE")]
    graph = helper.make_graph(
        nodes, "linear_regressor",
        [tensor("features", TensorProto.FLOAT, ["N", 3])],
        [tensor("variable", TensorProto.FLOAT, ["N", 1])],
    )
    return model_of(graph), {"input": "features", "weights": w.tolist(), "bias": b}


# (4b) The same kind of regression in double precision (MatMul + Add), for artifact.inputs.dtype float64.
def regression_f64():
    rng = np.random.RandomState(405)
    w = dyadic(rng, 3, 4.0)
    b = float(dyadic(rng, 1, 8.0)[0])
    nodes = [
        helper.make_node("MatMul", ["features", "coef"], ["product"]),
        helper.make_node("Add", ["product", "intercept"], ["variable"]),
    ]
    graph = helper.make_graph(
        nodes, "regression_f64",
        [tensor("features", TensorProto.DOUBLE, ["N", 3])],
        [tensor("variable", TensorProto.DOUBLE, ["N", 1])],
        initializer=[init("coef", np.asarray(w, dtype=np.float64).reshape(3, 1)), init("intercept", np.array([[b]], dtype=np.float64))],
    )
    return model_of(graph), {"input": "features", "weights": w.tolist(), "bias": b}


# (5) One input per column: `age` float [N,1], `income` float [N], `city_code` string [N,1] one-hot
# encoded (ai.onnx.ml OneHotEncoder, unknown -> all zeros), `tier` string [N,1] mapped to a number
# (ai.onnx.ml LabelEncoder, unknown -> -1); then a logistic regression on the 6 encoded features.
CITIES = ["oslo", "paris", "rome"]
TIERS = {"bronze": 0.0, "silver": 1.0, "gold": 2.0}
TIER_DEFAULT = -1.0


def columns_model():
    rng = np.random.RandomState(505)
    w = dyadic(rng, 6, 1.0)
    b = float(dyadic(rng, 1)[0])
    head, head_inits = sigmoid_head("logit")
    nodes = [
        helper.make_node("Unsqueeze", ["income", "axis1"], ["income_2d"]),
        helper.make_node("OneHotEncoder", ["city_code"], ["city_onehot3d"], domain=ML, cats_strings=CITIES, zeros=1),
        helper.make_node("Flatten", ["city_onehot3d"], ["city_onehot"], axis=1),
        helper.make_node("LabelEncoder", ["tier"], ["tier_value"], domain=ML, keys_strings=list(TIERS),
                         values_floats=list(TIERS.values()), default_float=TIER_DEFAULT),
        helper.make_node("Concat", ["age", "income_2d", "city_onehot", "tier_value"], ["encoded"], axis=1),
        helper.make_node("MatMul", ["encoded", "coef"], ["logit_nobias"]),
        helper.make_node("Add", ["logit_nobias", "intercept"], ["logit"]),
    ] + head
    graph = helper.make_graph(
        nodes, "columns",
        [
            tensor("age", TensorProto.FLOAT, ["N", 1]),
            tensor("income", TensorProto.FLOAT, ["N"]),
            tensor("city_code", TensorProto.STRING, ["N", 1]),
            tensor("tier", TensorProto.STRING, ["N", 1]),
        ],
        [tensor("probabilities", TensorProto.FLOAT, ["N", 2]), tensor("label", TensorProto.INT64, ["N"])],
        initializer=[init("axis1", np.array([1], dtype=np.int64)), init("coef", f32(w).reshape(6, 1)), init("intercept", f32([[b]]))] + head_inits,
        # onnx's shape inference has no rule for OneHotEncoder: declare its output type.
        value_info=[tensor("city_onehot3d", TensorProto.FLOAT, ["N", 1, len(CITIES)])],
    )
    sidecar = {
        "inputs": {"age": "float [N,1]", "income": "float [N]", "city_code": "string [N,1]", "tier": "string [N,1]"},
        "encoded": "[age, income, city == oslo, city == paris, city == rome, tier value]",
        "cities": CITIES,
        "tiers": TIERS,
        "tier_default": TIER_DEFAULT,
        "weights": w.tolist(),
        "bias": b,
    }
    return model_of(graph), sidecar


# (6)/(7) A skl2onnx-style binary LogisticRegression with string classes: ai.onnx.ml
# LinearClassifier (coefficients for both classes, LOGISTIC post-transform) on `float_input`,
# outputs `output_label` (string) and the ZipMap `output_probability`; with_tensor also exposes the
# `probabilities` tensor the ZipMap is built from.
def skl2onnx_classifier(with_tensor):
    rng = np.random.RandomState(606)
    w = dyadic(rng, 3, 2.0)
    b = float(dyadic(rng, 1)[0])
    nodes = [
        helper.make_node("LinearClassifier", ["float_input"], ["label", "probabilities"], domain=ML,
                         classlabels_strings=["good", "bad"], coefficients=(-w).tolist() + w.tolist(),
                         intercepts=[-b, b], multi_class=0, post_transform="LOGISTIC"),
        helper.make_node("Identity", ["label"], ["output_label"]),
        helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain=ML, classlabels_strings=["good", "bad"]),
    ]
    outputs = [tensor("output_label", TensorProto.STRING, ["N"]), zipmap_value_info("output_probability", TensorProto.STRING)]
    if with_tensor:
        outputs.append(tensor("probabilities", TensorProto.FLOAT, ["N", 2]))
    graph = helper.make_graph(nodes, "skl2onnx_linear_classifier", [tensor("float_input", TensorProto.FLOAT, ["N", 3])], outputs)
    sidecar = {"input": "float_input", "classes": ["good", "bad"], "weights": w.tolist(), "bias": b,
               "formula": "P(bad) = sigmoid(x . w + b)"}
    return model_of(graph, check="basic"), sidecar


# (8) scikit-learn pipelines as skl2onnx's convert_sklearn lays them out with its default options
# (zipmap=True): ai.onnx.ml Scaler (StandardScaler) on `float_input` -> LinearClassifier
# (LogisticRegression; binary: both classes' coefficients and LOGISTIC, then an L1 Normalizer;
# multinomial: SOFTMAX) -> `probabilities` -> ZipMap `output_probability`; the label goes through Cast
# (integer classes) or Identity (string classes) to `output_label`. Trained here with scikit-learn on
# data it ships (iris) or data made here (a seeded loan book), written with their CSVs and a sidecar
# of scikit-learn's own predict_proba and metrics on the evaluation rows.
SKLEARN_DIR = os.path.join(OUT_DIR, "sklearn")


def skl2onnx_pipeline(scaler, classifier, n_features, classes):
    strings = isinstance(classes[0], str)
    labels = {"classlabels_strings": list(classes)} if strings else {"classlabels_ints": [int(c) for c in classes]}
    binary = len(classes) == 2
    coef = classifier.coef_.astype(np.float64)
    intercept = classifier.intercept_.astype(np.float64)
    if binary:
        coef = np.vstack([-coef, coef])
        intercept = np.concatenate([-intercept, intercept])
    nodes = [
        helper.make_node("Scaler", ["float_input"], ["variable"], domain=ML, name="Scaler",
                         offset=scaler.mean_.astype(np.float32).tolist(), scale=(1.0 / scaler.scale_).astype(np.float32).tolist()),
        helper.make_node("LinearClassifier", ["variable"], ["label", "probability_tensor" if binary else "probabilities"], domain=ML,
                         name="LinearClassifier", coefficients=coef.astype(np.float32).ravel().tolist(),
                         intercepts=intercept.astype(np.float32).tolist(), multi_class=0,
                         post_transform="LOGISTIC" if binary else "SOFTMAX", **labels),
    ]
    if binary:
        nodes.append(helper.make_node("Normalizer", ["probability_tensor"], ["probabilities"], domain=ML, name="Normalizer", norm="L1"))
    if strings:
        nodes.append(helper.make_node("Identity", ["label"], ["output_label"], name="Identity"))
    else:
        nodes.append(helper.make_node("Cast", ["label"], ["output_label"], name="Cast", to=TensorProto.INT64))
    zipmap_labels = {"classlabels_strings": list(classes)} if strings else {"classlabels_int64s": [int(c) for c in classes]}
    nodes.append(helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain=ML, name="ZipMap", **zipmap_labels))
    graph = helper.make_graph(
        nodes, "pipeline",
        [tensor("float_input", TensorProto.FLOAT, [None, n_features])],
        [tensor("output_label", TensorProto.STRING if strings else TensorProto.INT64, [None]),
         zipmap_value_info("output_probability", TensorProto.STRING if strings else TensorProto.INT64)],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 15), helper.make_opsetid(ML, 1)],
                              producer_name="skl2onnx", producer_version="1.16.0", domain="ai.onnx")
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model)
    return model


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(str(v) for v in row) + "\n")


def fmt(x):
    return repr(float(np.round(x, 3)))


def sklearn_fixtures():
    from sklearn.datasets import load_iris
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score, log_loss, roc_auc_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    os.makedirs(SKLEARN_DIR, exist_ok=True)

    def save(name, pipeline, n_features, classes, header, train_rows, eval_rows, x_eval, y_eval, extra):
        model = skl2onnx_pipeline(pipeline[0], pipeline[1], n_features, classes)
        with open(os.path.join(SKLEARN_DIR, name + ".onnx"), "wb") as f:
            f.write(model.SerializeToString())
        proba = pipeline.predict_proba(x_eval)
        side = {"classes": [c if isinstance(c, str) else int(c) for c in classes], "features": header[:n_features],
                "predict_proba_first_rows": np.round(proba[:5], 6).tolist(), **extra(proba)}
        with open(os.path.join(SKLEARN_DIR, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(side, f, indent=2, sort_keys=True)
            f.write("\n")

    # Iris (shipped inside scikit-learn), multinomial logistic regression; string and integer classes.
    iris = load_iris()
    names = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
    order = np.random.RandomState(7).permutation(len(iris.target))
    train, evaluation = order[:90], order[90:]
    x = iris.data.astype(np.float32).astype(np.float64)
    for name, target in (("iris", iris.target_names[iris.target]), ("iris-int", iris.target)):
        classes = sorted(set(target.tolist()))
        pipeline = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.5)).fit(x[train], target[train])
        header = names + ["species"]
        rows = lambda idx: [[fmt(v) for v in x[i]] + [target[i]] for i in idx]
        write_csv(os.path.join(SKLEARN_DIR, name + "-evaluation.csv"), header, rows(evaluation))
        y = target[evaluation]

        def metrics(proba, y=y, classes=classes):
            predicted = np.array(classes)[proba.argmax(axis=1)]
            return {"sklearn_metrics": {
                "accuracy": accuracy_score(y, predicted),
                "macro_f1": f1_score(y, predicted, average="macro"),
                "weighted_f1": f1_score(y, predicted, average="weighted"),
                "log_loss": log_loss(y, proba, labels=classes),
            }}
        save(name, pipeline, 4, classes, header, None, None, x[evaluation], y, metrics)

    # A loan book: four numeric features the model takes, a sensitive attribute it does not, and a
    # good/bad label that depends on neither sex nor age; evaluation and reference samples for drift.
    rng = np.random.RandomState(7)
    n = 3000
    income = np.round(rng.lognormal(10.3, 0.4, n), 0)
    debt_ratio = np.round(rng.beta(2, 5, n), 3)
    age = rng.randint(19, 75, n)
    tenure = rng.randint(0, 240, n)
    sex = np.where(rng.rand(n) < 0.5, "female", "male")
    logit = -0.9 + 4.0 * (debt_ratio - 0.28) - 0.8 * (np.log(income) - 10.3) - 0.01 * (tenure - 120)
    label = np.where(rng.rand(n) < 1 / (1 + np.exp(-logit)), "bad", "good")
    features = np.column_stack([income, debt_ratio, age, tenure]).astype(np.float32).astype(np.float64)
    header = ["income", "debt_ratio", "age", "tenure_months", "sex", "class"]
    rows = lambda idx: [[int(income[i]), fmt(debt_ratio[i]), int(age[i]), int(tenure[i]), sex[i], label[i]] for i in idx]
    train, evaluation, reference = np.arange(0, 1500), np.arange(1500, 2250), np.arange(2250, 3000)
    pipeline = make_pipeline(StandardScaler(), LogisticRegression()).fit(features[train], label[train])
    write_csv(os.path.join(SKLEARN_DIR, "loans-evaluation.csv"), header, rows(evaluation))
    write_csv(os.path.join(SKLEARN_DIR, "loans-reference.csv"), header, rows(reference))
    classes = list(pipeline.classes_)

    def loan_metrics(proba):
        positive = classes.index("bad")
        return {"sklearn_metrics": {"roc_auc": roc_auc_score(label[evaluation] == "bad", proba[:, positive])}}
    save("loans", pipeline, 4, classes, header, None, None, features[evaluation], label[evaluation], loan_metrics)
    for name in sorted(os.listdir(SKLEARN_DIR)):
        with open(os.path.join(SKLEARN_DIR, name), "rb") as f:
            print(f"{hashlib.sha256(f.read()).hexdigest()}  sklearn/{name}")


# (9) External tensor data: a weight in a file beside the model (allowed), and one whose location
# leaves the model's folder (refused by validate before onnxruntime opens anything).
def external_data(location):
    nodes = [helper.make_node("MatMul", ["features", "coef"], ["y"])]
    coef = init("coef", f32([[0.5], [0.25], [-1.0]]))
    coef.ClearField("raw_data")
    coef.ClearField("float_data")
    coef.data_location = TensorProto.EXTERNAL
    for key, value in (("location", location), ("offset", "0"), ("length", "12")):
        entry = coef.external_data.add()
        entry.key, entry.value = key, value
    graph = helper.make_graph(nodes, "external_data", [tensor("features", TensorProto.FLOAT, ["N", 3])],
                              [tensor("y", TensorProto.FLOAT, ["N", 1])], initializer=[coef])
    return model_of(graph, check=None)


# Broken models.
def custom_op():
    nodes = [helper.make_node("Mystery", ["features"], ["y"], domain="com.example.custom")]
    graph = helper.make_graph(nodes, "custom_op", [tensor("features", TensorProto.FLOAT, ["N", 3])],
                              [tensor("y", TensorProto.FLOAT, ["N", 1])])
    opsets = [helper.make_opsetid("", OPSET_DEFAULT), helper.make_opsetid("com.example.custom", 1)]
    return model_of(graph, opsets, check=None)


def future_opset():
    nodes = [helper.make_node("Sigmoid", ["features"], ["y"])]
    graph = helper.make_graph(nodes, "future_opset", [tensor("features", TensorProto.FLOAT, ["N", 3])],
                              [tensor("y", TensorProto.FLOAT, ["N", 3])])
    return model_of(graph, [helper.make_opsetid("", 99)], check=None)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    write("logreg", *logreg())
    write("logreg-batch1", logreg(batch_dim=1)[0])
    write("logreg-20", *logreg(k=20))
    write("tree-ensemble", *tree_ensemble())
    write("mlp", *mlp())
    write("linear-regressor", *linear_regressor())
    write("regression-f64", *regression_f64())
    write("columns", *columns_model())
    write("zipmap-only", *skl2onnx_classifier(with_tensor=False))
    write("zipmap-with-tensor", *skl2onnx_classifier(with_tensor=True))
    write("custom-op", custom_op())
    write("future-opset", future_opset())
    write("corrupt", raw=np.random.RandomState(999).bytes(512))
    write("external-data", external_data("external-data.bin"))
    with open(os.path.join(OUT_DIR, "external-data.bin"), "wb") as f:
        f.write(f32([0.5, 0.25, -1.0]).tobytes())
    write("external-escape", external_data("../../outside.bin"))
    sklearn_fixtures()


if __name__ == "__main__":
    main()
