import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/io/onnx/graph.ts
var ELEMENT_TYPES = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  14: "complex64",
  15: "complex128",
  16: "bfloat16"
};
var FLOAT = 1;
var EXTERNAL = 1;
var ML_DOMAIN = "ai.onnx.ml";
var OnnxGraphError = class extends Error {
};
var toNumber = (value) => typeof value === "number" ? value : value.toNumber();
function decodeModel(bytes) {
  const model = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 7 && wire === LENGTH) graphInto(bytes, a, b, model.graph ??= {});
  });
  return model;
}
function decodeNodes(graph) {
  return (graph.node ?? []).map((node) => {
    const labelled = node.domain === ML_DOMAIN && (node.op_type === "ZipMap" || /Classifier$/.test(node.op_type ?? ""));
    return { ...node, attribute: (node.attribute ?? []).map((bytes) => attributeOf(bytes, labelled)) };
  });
}
var VARINT = 0;
var FIXED64 = 1;
var LENGTH = 2;
var GROUP_START = 3;
var GROUP_END = 4;
var FIXED32 = 5;
function malformed(why) {
  throw new OnnxGraphError(`not an ONNX model (${why})`);
}
var afterVarint = 0;
function varint(bytes, at, end) {
  let low = 0;
  let high = 0;
  for (let i = 0, shift = 0; i < 10; i++, shift += 7) {
    if (at >= end) malformed(`truncated varint at offset ${at}`);
    const byte = bytes[at++];
    if (shift < 28) low |= (byte & 127) << shift;
    else if (shift === 28) {
      low |= (byte & 15) << 28;
      high |= (byte & 127) >> 4;
    } else high |= (byte & 127) << shift - 32;
    if (byte < 128) {
      afterVarint = at;
      return (high | 0) * 4294967296 + (low >>> 0);
    }
  }
  return malformed(`varint longer than 10 bytes before offset ${at}`);
}
function fields(bytes, start, end, visit) {
  let at = start;
  while (at < end) {
    const key2 = varint(bytes, at, end);
    at = afterVarint;
    const field = Math.floor(key2 / 8);
    const wire = key2 % 8;
    if (field <= 0) malformed(`field number ${field} at offset ${at}`);
    at = skipValue(bytes, at, end, field, wire, visit);
  }
}
function skipValue(bytes, at, end, field, wire, visit) {
  if (wire === VARINT) {
    const value = varint(bytes, at, end);
    const next = afterVarint;
    visit?.(field, wire, value, next);
    return next;
  }
  if (wire === LENGTH) {
    const length = varint(bytes, at, end);
    const payload = afterVarint;
    if (length < 0 || payload + length > end) malformed(`field ${field} runs past the end of its message (offset ${payload}, ${length} bytes)`);
    visit?.(field, wire, payload, payload + length);
    return payload + length;
  }
  if (wire === FIXED64 || wire === FIXED32) {
    const next = at + (wire === FIXED64 ? 8 : 4);
    if (next > end) malformed(`truncated field ${field} at offset ${at}`);
    return next;
  }
  if (wire === GROUP_START) {
    for (; ; ) {
      const key2 = varint(bytes, at, end);
      const afterKey = afterVarint;
      if (key2 % 8 === GROUP_END) {
        if (Math.floor(key2 / 8) !== field) malformed(`group ${field} ends as ${Math.floor(key2 / 8)} at offset ${at}`);
        return afterKey;
      }
      at = skipValue(bytes, afterKey, end, Math.floor(key2 / 8), key2 % 8);
    }
  }
  return malformed(`invalid wire type ${wire} of field ${field} at offset ${at}`);
}
var text = (bytes, start = 0, end = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("utf8");
function graphInto(bytes, start, end, graph) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (graph.node ??= []).push(nodeOf(bytes, a, b));
    else if (field === 5) (graph.initializer ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (graph.input ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 12) (graph.output ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 15) (graph.sparse_initializer ??= []).push(sparseInto(bytes, a, b, {}));
  });
}
function nodeOf(bytes, start, end) {
  const node = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (node.input ??= []).push(text(bytes, a, b));
    else if (field === 2) (node.output ??= []).push(text(bytes, a, b));
    else if (field === 4) node.op_type = text(bytes, a, b);
    else if (field === 7) node.domain = text(bytes, a, b);
    else if (field === 5) (node.attribute ??= []).push(bytes.subarray(a, b));
  });
  return node;
}
function attributeOf(bytes, labelled) {
  const attribute2 = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) attribute2.name = text(bytes, a, b);
    else if (field === 4) attribute2.s = bytes.subarray(a, b);
    else if (field === 5) tensorInto(bytes, a, b, attribute2.t ??= {});
    else if (field === 6) graphInto(bytes, a, b, attribute2.g ??= {});
    else if (field === 10) (attribute2.tensors ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (attribute2.graphs ??= []).push(graphOf(bytes, a, b));
    else if (field === 22) sparseInto(bytes, a, b, attribute2.sparse_tensor ??= {});
    else if (field === 23) (attribute2.sparse_tensors ??= []).push(sparseInto(bytes, a, b, {}));
  });
  if (!labelled || !attribute2.name?.startsWith("classlabels_")) return attribute2;
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 9 && wire === LENGTH) (attribute2.strings ??= []).push(bytes.subarray(a, b));
    else if (field === 8 && wire === VARINT) (attribute2.ints ??= []).push(a);
    else if (field === 8 && wire === LENGTH) {
      const ints = attribute2.ints ??= [];
      for (let at = a; at < b; ) {
        ints.push(varint(bytes, at, b));
        at = afterVarint;
      }
    }
  });
  return attribute2;
}
function graphOf(bytes, start, end) {
  const graph = {};
  graphInto(bytes, start, end, graph);
  return graph;
}
function tensorInto(bytes, start, end, tensor) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 8 && wire === LENGTH) tensor.name = text(bytes, a, b);
    else if (field === 14 && wire === VARINT) tensor.data_location = a;
    else if (field === 13 && wire === LENGTH) {
      const entry = {};
      fields(bytes, a, b, (f, w, x, y) => {
        if (w !== LENGTH) return;
        if (f === 1) entry.key = text(bytes, x, y);
        else if (f === 2) entry.value = text(bytes, x, y);
      });
      (tensor.external_data ??= []).push(entry);
    }
  });
  return tensor;
}
function sparseInto(bytes, start, end, sparse) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) tensorInto(bytes, a, b, sparse.values ??= {});
    else if (field === 2) tensorInto(bytes, a, b, sparse.indices ??= {});
  });
  return sparse;
}
function valueInfoInto(bytes, start, end, value) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) value.name = text(bytes, a, b);
    else if (field === 2) typeInto(bytes, a, b, value.type ??= {});
  });
  return value;
}
var TYPE_ONEOF = /* @__PURE__ */ new Set([1, 4, 5, 7, 8, 9]);
function typeInto(bytes, start, end, type) {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH || !TYPE_ONEOF.has(field)) return;
    if (field !== 1) {
      delete type.tensor_type;
      return;
    }
    const tensor = type.tensor_type ??= {};
    fields(bytes, a, b, (f, w, x, y) => {
      if (f === 1 && w === VARINT) tensor.elem_type = x;
      else if (f === 2 && w === LENGTH) {
        const shape = tensor.shape ??= {};
        fields(bytes, x, y, (g, v, c, d) => {
          if (g === 1 && v === LENGTH) (shape.dim ??= []).push(dimensionOf(bytes, c, d));
        });
      }
    });
  });
}
function dimensionOf(bytes, start, end) {
  let dim = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 1 && wire === VARINT) dim = { dim_value: a };
    else if (field === 2 && wire === LENGTH) dim = { dim_param: text(bytes, a, b) };
  });
  return dim;
}
function valueInfo(value) {
  const name = value.name ?? "";
  const tensor = value.type?.tensor_type;
  if (!tensor) return { name, isTensor: false };
  const info = { name, isTensor: true };
  const type = tensor.elem_type === void 0 ? void 0 : ELEMENT_TYPES[tensor.elem_type];
  if (type !== void 0) info.type = type;
  const has = (dim, field) => Object.prototype.hasOwnProperty.call(dim, field);
  info.dims = (tensor.shape?.dim ?? []).map((dim) => has(dim, "dim_value") ? toNumber(dim.dim_value) : has(dim, "dim_param") ? dim.dim_param : "?");
  return info;
}
function attribute(node, name) {
  return node.attribute?.find((a) => a.name === name);
}
function classLabelsOf(node) {
  const strings = attribute(node, "classlabels_strings")?.strings;
  if (strings && strings.length > 0) return strings.map((bytes) => text(bytes));
  const ints = attribute(node, "classlabels_int64s")?.ints ?? attribute(node, "classlabels_ints")?.ints;
  if (ints && ints.length > 0) return ints.map(toNumber);
  return void 0;
}
function isExternal(tensor) {
  return tensor?.data_location === EXTERNAL;
}
function collectExternal(graph, found, nodes = graph ? decodeNodes(graph) : []) {
  if (!graph) return;
  const note = (tensor) => {
    if (!isExternal(tensor)) return;
    found.push({ tensor: tensor.name ?? "", location: tensor.external_data?.find((e) => e.key === "location")?.value ?? "" });
  };
  const noteSparse = (sparse) => {
    note(sparse?.values);
    note(sparse?.indices);
  };
  graph.initializer?.forEach(note);
  graph.sparse_initializer?.forEach(noteSparse);
  for (const node of nodes) {
    for (const attr of node.attribute ?? []) {
      note(attr.t);
      attr.tensors?.forEach(note);
      noteSparse(attr.sparse_tensor);
      attr.sparse_tensors?.forEach(noteSparse);
      collectExternal(attr.g, found);
      attr.graphs?.forEach((g) => collectExternal(g, found));
    }
  }
}
function readOnnxGraph(bytes) {
  const model = decodeModel(bytes);
  const graph = model.graph;
  if (!graph) throw new OnnxGraphError("not an ONNX model (no graph)");
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name));
  const nodes = decodeNodes(graph);
  const zipMaps = nodes.filter((node) => node.op_type === "ZipMap" && node.domain === ML_DOMAIN && node.input?.[0] && node.output?.[0]).map((node) => ({ input: node.input[0], output: node.output[0], classLabels: classLabelsOf(node) ?? [] }));
  const classifier = nodes.find((node) => node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? "") && classLabelsOf(node));
  const classLabels = zipMaps.find((z) => z.classLabels.length > 0)?.classLabels ?? (classifier ? classLabelsOf(classifier) : void 0);
  const classLabelsByTensor = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const labels = node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? "") ? classLabelsOf(node) : void 0;
    if (labels && node.output?.[1]) classLabelsByTensor.set(node.output[1], labels);
  }
  for (const zipMap of zipMaps) if (zipMap.classLabels.length > 0) classLabelsByTensor.set(zipMap.input, zipMap.classLabels);
  const externalData = [];
  collectExternal(graph, externalData, nodes);
  const result = {
    inputs: (graph.input ?? []).filter((input) => !initializers.has(input.name)).map(valueInfo),
    outputs: (graph.output ?? []).map(valueInfo),
    zipMaps,
    classLabelsByTensor,
    externalData
  };
  if (classLabels) result.classLabels = classLabels;
  return result;
}
function exposeZipMapInputs(bytes, graph) {
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const added = graph.zipMaps.filter((zipMap) => !outputs.has(zipMap.input));
  if (added.length === 0) return void 0;
  const additions = [...new Map(added.map((z) => [z.input, z])).values()].map((zipMap) => {
    const classes = zipMap.classLabels.length > 0 ? [...key(1, VARINT), ...varintBytes(zipMap.classLabels.length)] : [];
    const shape = [...delimited(1, []), ...delimited(1, classes)];
    const tensorType = [...key(1, VARINT), ...varintBytes(FLOAT), ...delimited(2, shape)];
    return delimited(12, [...delimited(1, [...Buffer.from(zipMap.input, "utf8")]), ...delimited(2, delimited(1, tensorType))]);
  });
  const addition = Uint8Array.from(delimited(7, additions.flat()));
  const merged = new Uint8Array(bytes.byteLength + addition.byteLength);
  merged.set(bytes, 0);
  merged.set(addition, bytes.byteLength);
  return merged;
}
function varintBytes(value) {
  const out = [];
  let rest = value;
  while (rest >= 128) {
    out.push(rest % 128 | 128);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}
function key(field, wire) {
  return varintBytes(field * 8 + wire);
}
function delimited(field, payload) {
  return [...key(field, LENGTH), ...varintBytes(payload.length), ...payload];
}

export {
  OnnxGraphError,
  readOnnxGraph,
  exposeZipMapInputs
};
