// Reads an ONNX file's graph straight from the protobuf wire format (onnx-ml.proto's field numbers),
// without onnxruntime: its inputs and outputs, the ZipMap nodes and class labels of a scikit-learn export,
// where external tensor data lives; and the in-memory rewrite that makes the tensor feeding a ZipMap a
// graph output.
//
// Reading skims: only the fields below are decoded; tensor data, numeric attribute lists (except class
// labels) and everything else are skipped by their length (an unpacked list value by value), so a 14 MB
// tree ensemble (4M attribute values) reads in ~50 ms (bench/onnx-graph.mjs; protobuf.js: 0.1-0.35 s). A hand-written reader of these few fields, not protobuf.js and its descriptor:
// protobuf.js compiled its decoders (code generation) on every process's first model, about 30 ms of
// every `gate` and `validate` with a model, and its 220 kB were compiled by every command (issue 18).
// As protobuf says, a singular message field that occurs twice is merged, repeated fields append.
import type { ModelValueInfo } from './model-info.js';

/** TensorProto.DataType -> the names onnxruntime uses for tensor element types. */
const ELEMENT_TYPES: Record<number, string> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
};
const FLOAT = 1;
const EXTERNAL = 1;
const ML_DOMAIN = 'ai.onnx.ml';

/** A ZipMap node: it turns the [N, classes] probability tensor `input` into a sequence of maps `output`. */
export interface ZipMapNode {
  input: string;
  output: string;
  /** classlabels_strings or classlabels_int64s: the class of each probability column, in order. */
  classLabels: (string | number)[];
}

/** An initializer (or constant) whose data lives in another file. */
export interface ExternalTensor {
  tensor: string;
  /** The `location` entry: a path relative to the model's folder, as written in the model. */
  location: string;
}

export interface OnnxGraph {
  /** Graph inputs that are not initializers (what a caller feeds). */
  inputs: ModelValueInfo[];
  outputs: ModelValueInfo[];
  zipMaps: ZipMapNode[];
  /** Class labels of the model's classifier (a ZipMap's, else an ai.onnx.ml classifier's), in probability-column order. */
  classLabels?: (string | number)[];
  /** Tensors whose columns are known to be those classes: a ZipMap's input, a classifier's probability output. */
  classLabelsByTensor: Map<string, (string | number)[]>;
  /** Every tensor of the model, in any subgraph, whose data is external. */
  externalData: ExternalTensor[];
}

export class OnnxGraphError extends Error {}

// The messages as read: objects with these optional fields, present only when in the file.
type Int64 = number | { toNumber(): number };
interface Dim { dim_value?: Int64; dim_param?: string }
interface TypeProto { tensor_type?: { elem_type?: number; shape?: { dim?: Dim[] } } }
interface ValueInfo { name?: string; type?: TypeProto }
interface Entry { key?: string; value?: string }
interface Tensor { name?: string; data_location?: number; external_data?: Entry[] }
interface Attribute { name?: string; s?: Uint8Array; strings?: Uint8Array[]; ints?: Int64[]; t?: Tensor; tensors?: Tensor[]; g?: RawGraph; graphs?: RawGraph[]; sparse_tensor?: Sparse; sparse_tensors?: Sparse[] }
interface Sparse { values?: Tensor; indices?: Tensor }
interface RawNode { op_type?: string; domain?: string; input?: string[]; output?: string[]; attribute?: Uint8Array[] }
interface Node extends Omit<RawNode, 'attribute'> { attribute?: Attribute[] }
interface RawGraph { node?: RawNode[]; input?: ValueInfo[]; output?: ValueInfo[]; initializer?: Tensor[]; sparse_initializer?: Sparse[] }
interface Model { graph?: RawGraph }

const toNumber = (value: Int64): number => (typeof value === 'number' ? value : value.toNumber());

function decodeModel(bytes: Uint8Array): Model {
  const model: Model = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 7 && wire === LENGTH) graphInto(bytes, a, b, (model.graph ??= {}));
  });
  return model;
}

/** Nodes with their attributes decoded: class labels in full for class-label nodes, else no numeric lists. */
function decodeNodes(graph: RawGraph): Node[] {
  return (graph.node ?? []).map((node) => {
    const labelled = node.domain === ML_DOMAIN && (node.op_type === 'ZipMap' || /Classifier$/.test(node.op_type ?? ''));
    return { ...node, attribute: (node.attribute ?? []).map((bytes) => attributeOf(bytes, labelled)) };
  });
}

// The protobuf wire format (https://protobuf.dev/programming-guides/encoding/): each field is a key
// (field number × 8 + wire type) and a value: a varint, 8 or 4 fixed bytes, or a length and that many bytes.
const VARINT = 0;
const FIXED64 = 1;
const LENGTH = 2;
const GROUP_START = 3;
const GROUP_END = 4;
const FIXED32 = 5;

function malformed(why: string): never {
  throw new OnnxGraphError(`not an ONNX model (${why})`);
}

/** Where the last varint read ended (a module variable, not a returned pair: a tree ensemble has millions). */
let afterVarint = 0;

/** The varint at bytes[at] (at most 10 bytes, below `end`) as a number (int64 as Long.toNumber reads it); sets afterVarint. */
function varint(bytes: Uint8Array, at: number, end: number): number {
  let low = 0;
  let high = 0;
  for (let i = 0, shift = 0; i < 10; i++, shift += 7) {
    if (at >= end) malformed(`truncated varint at offset ${at}`);
    const byte = bytes[at++]!;
    if (shift < 28) low |= (byte & 0x7f) << shift;
    else if (shift === 28) {
      low |= (byte & 0x0f) << 28;
      high |= (byte & 0x7f) >> 4;
    } else high |= (byte & 0x7f) << (shift - 32);
    if (byte < 0x80) {
      afterVarint = at;
      return (high | 0) * 4294967296 + (low >>> 0);
    }
  }
  return malformed(`varint longer than 10 bytes before offset ${at}`);
}

/**
 * Calls `visit` for each field of the message in bytes[start, end): for a varint, `a` is its value; for a
 * length-delimited field, [a, b) is its payload. Fixed-size fields and groups are skipped (none is read).
 */
function fields(bytes: Uint8Array, start: number, end: number, visit: (field: number, wire: number, a: number, b: number) => void): void {
  let at = start;
  while (at < end) {
    const key = varint(bytes, at, end);
    at = afterVarint;
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (field <= 0) malformed(`field number ${field} at offset ${at}`);
    at = skipValue(bytes, at, end, field, wire, visit);
  }
}

function skipValue(bytes: Uint8Array, at: number, end: number, field: number, wire: number, visit?: (field: number, wire: number, a: number, b: number) => void): number {
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
    for (;;) {
      const key = varint(bytes, at, end);
      const afterKey = afterVarint;
      if (key % 8 === GROUP_END) {
        if (Math.floor(key / 8) !== field) malformed(`group ${field} ends as ${Math.floor(key / 8)} at offset ${at}`);
        return afterKey;
      }
      at = skipValue(bytes, afterKey, end, Math.floor(key / 8), key % 8);
    }
  }
  return malformed(`invalid wire type ${wire} of field ${field} at offset ${at}`);
}

const text = (bytes: Uint8Array, start = 0, end = bytes.length): string => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8');

function graphInto(bytes: Uint8Array, start: number, end: number, graph: RawGraph): void {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) (graph.node ??= []).push(nodeOf(bytes, a, b));
    else if (field === 5) (graph.initializer ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (graph.input ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 12) (graph.output ??= []).push(valueInfoInto(bytes, a, b, {}));
    else if (field === 15) (graph.sparse_initializer ??= []).push(sparseInto(bytes, a, b, {}));
  });
}

function nodeOf(bytes: Uint8Array, start: number, end: number): RawNode {
  const node: RawNode = {};
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

/** An attribute; its class labels (ints, strings) only when `labelled` and it is named classlabels_*. */
function attributeOf(bytes: Uint8Array, labelled: boolean): Attribute {
  const attribute: Attribute = {};
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) attribute.name = text(bytes, a, b);
    else if (field === 4) attribute.s = bytes.subarray(a, b);
    else if (field === 5) tensorInto(bytes, a, b, (attribute.t ??= {}));
    else if (field === 6) graphInto(bytes, a, b, (attribute.g ??= {}));
    else if (field === 10) (attribute.tensors ??= []).push(tensorInto(bytes, a, b, {}));
    else if (field === 11) (attribute.graphs ??= []).push(graphOf(bytes, a, b));
    else if (field === 22) sparseInto(bytes, a, b, (attribute.sparse_tensor ??= {}));
    else if (field === 23) (attribute.sparse_tensors ??= []).push(sparseInto(bytes, a, b, {}));
  });
  if (!labelled || !attribute.name?.startsWith('classlabels_')) return attribute;
  // a second pass for the labels (the lists of any other attribute, millions of values in a tree ensemble, are only skipped)
  fields(bytes, 0, bytes.length, (field, wire, a, b) => {
    if (field === 9 && wire === LENGTH) (attribute.strings ??= []).push(bytes.subarray(a, b));
    else if (field === 8 && wire === VARINT) (attribute.ints ??= []).push(a);
    else if (field === 8 && wire === LENGTH) {
      // packed
      const ints = (attribute.ints ??= []);
      for (let at = a; at < b; ) {
        ints.push(varint(bytes, at, b));
        at = afterVarint;
      }
    }
  });
  return attribute;
}

function graphOf(bytes: Uint8Array, start: number, end: number): RawGraph {
  const graph: RawGraph = {};
  graphInto(bytes, start, end, graph);
  return graph;
}

function tensorInto(bytes: Uint8Array, start: number, end: number, tensor: Tensor): Tensor {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (field === 8 && wire === LENGTH) tensor.name = text(bytes, a, b);
    else if (field === 14 && wire === VARINT) tensor.data_location = a;
    else if (field === 13 && wire === LENGTH) {
      const entry: Entry = {};
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

function sparseInto(bytes: Uint8Array, start: number, end: number, sparse: Sparse): Sparse {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) tensorInto(bytes, a, b, (sparse.values ??= {}));
    else if (field === 2) tensorInto(bytes, a, b, (sparse.indices ??= {}));
  });
  return sparse;
}

function valueInfoInto(bytes: Uint8Array, start: number, end: number, value: ValueInfo): ValueInfo {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH) return;
    if (field === 1) value.name = text(bytes, a, b);
    else if (field === 2) typeInto(bytes, a, b, (value.type ??= {}));
  });
  return value;
}

// TypeProto's value is a oneof: tensor_type (1) or a sequence, map, optional, sparse or opaque type, which
// are not tensors (a later member of the oneof replaces an earlier one).
const TYPE_ONEOF = new Set([1, 4, 5, 7, 8, 9]);

function typeInto(bytes: Uint8Array, start: number, end: number, type: TypeProto): void {
  fields(bytes, start, end, (field, wire, a, b) => {
    if (wire !== LENGTH || !TYPE_ONEOF.has(field)) return;
    if (field !== 1) {
      delete type.tensor_type;
      return;
    }
    const tensor = (type.tensor_type ??= {});
    fields(bytes, a, b, (f, w, x, y) => {
      if (f === 1 && w === VARINT) tensor.elem_type = x;
      else if (f === 2 && w === LENGTH) {
        const shape = (tensor.shape ??= {});
        fields(bytes, x, y, (g, v, c, d) => {
          if (g === 1 && v === LENGTH) (shape.dim ??= []).push(dimensionOf(bytes, c, d));
        });
      }
    });
  });
}

function dimensionOf(bytes: Uint8Array, start: number, end: number): Dim {
  let dim: Dim = {};
  fields(bytes, start, end, (field, wire, a, b) => {
    // dim_value and dim_param are a oneof: the last one read holds
    if (field === 1 && wire === VARINT) dim = { dim_value: a };
    else if (field === 2 && wire === LENGTH) dim = { dim_param: text(bytes, a, b) };
  });
  return dim;
}

function valueInfo(value: ValueInfo): ModelValueInfo {
  const name = value.name ?? '';
  const tensor = value.type?.tensor_type;
  if (!tensor) return { name, isTensor: false };
  const info: ModelValueInfo = { name, isTensor: true };
  const type = tensor.elem_type === undefined ? undefined : ELEMENT_TYPES[tensor.elem_type];
  if (type !== undefined) info.type = type;
  // Absent proto2 fields read as defaults from the prototype: only own properties were in the file.
  const has = (dim: Dim, field: keyof Dim) => Object.prototype.hasOwnProperty.call(dim, field);
  info.dims = (tensor.shape?.dim ?? []).map((dim) => (has(dim, 'dim_value') ? toNumber(dim.dim_value!) : has(dim, 'dim_param') ? dim.dim_param! : '?'));
  return info;
}

function attribute(node: Node, name: string): Attribute | undefined {
  return node.attribute?.find((a) => a.name === name);
}

function classLabelsOf(node: Node): (string | number)[] | undefined {
  const strings = attribute(node, 'classlabels_strings')?.strings;
  if (strings && strings.length > 0) return strings.map((bytes) => text(bytes));
  const ints = attribute(node, 'classlabels_int64s')?.ints ?? attribute(node, 'classlabels_ints')?.ints;
  if (ints && ints.length > 0) return ints.map(toNumber);
  return undefined;
}

function isExternal(tensor: Tensor | undefined): tensor is Tensor {
  return tensor?.data_location === EXTERNAL;
}

/** Every external tensor of a graph and its subgraphs (If, Loop, Scan bodies). */
function collectExternal(graph: RawGraph | undefined, found: ExternalTensor[], nodes: Node[] = graph ? decodeNodes(graph) : []): void {
  if (!graph) return;
  const note = (tensor: Tensor | undefined) => {
    if (!isExternal(tensor)) return;
    found.push({ tensor: tensor.name ?? '', location: tensor.external_data?.find((e) => e.key === 'location')?.value ?? '' });
  };
  const noteSparse = (sparse: Sparse | undefined) => {
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

/** Reads the graph of an ONNX file's bytes. Throws OnnxGraphError when they are not an ONNX model. */
export function readOnnxGraph(bytes: Uint8Array): OnnxGraph {
  const model = decodeModel(bytes);
  const graph = model.graph;
  if (!graph) throw new OnnxGraphError('not an ONNX model (no graph)');
  const initializers = new Set((graph.initializer ?? []).map((t) => t.name));
  const nodes = decodeNodes(graph);
  const zipMaps = nodes
    .filter((node) => node.op_type === 'ZipMap' && node.domain === ML_DOMAIN && node.input?.[0] && node.output?.[0])
    .map((node): ZipMapNode => ({ input: node.input![0]!, output: node.output![0]!, classLabels: classLabelsOf(node) ?? [] }));
  const classifier = nodes.find((node) => node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? '') && classLabelsOf(node));
  const classLabels = zipMaps.find((z) => z.classLabels.length > 0)?.classLabels ?? (classifier ? classLabelsOf(classifier) : undefined);
  const classLabelsByTensor = new Map<string, (string | number)[]>();
  for (const node of nodes) {
    const labels = node.domain === ML_DOMAIN && /Classifier$/.test(node.op_type ?? '') ? classLabelsOf(node) : undefined;
    if (labels && node.output?.[1]) classLabelsByTensor.set(node.output[1], labels);
  }
  for (const zipMap of zipMaps) if (zipMap.classLabels.length > 0) classLabelsByTensor.set(zipMap.input, zipMap.classLabels);
  const externalData: ExternalTensor[] = [];
  collectExternal(graph, externalData, nodes);
  const result: OnnxGraph = {
    inputs: (graph.input ?? []).filter((input) => !initializers.has(input.name)).map(valueInfo),
    outputs: (graph.output ?? []).map(valueInfo),
    zipMaps,
    classLabelsByTensor,
    externalData,
  };
  if (classLabels) result.classLabels = classLabels;
  return result;
}

/**
 * The model with the tensor that feeds each ZipMap added to the graph outputs, or undefined when
 * there is nothing to add. The addition is appended as a second `graph` field: protobuf merges
 * repeated occurrences of a message field, so every byte of the original stays as it was.
 */
export function exposeZipMapInputs(bytes: Uint8Array, graph: OnnxGraph): Uint8Array | undefined {
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const added = graph.zipMaps.filter((zipMap) => !outputs.has(zipMap.input));
  if (added.length === 0) return undefined;
  // ModelProto { graph (7) { output (12): ValueInfoProto { name (1), type (2): TypeProto { tensor_type (1) {
  // elem_type (1), shape (2) { dim (1)... } } } } } }; ZipMap takes tensor(float) [N, classes], and the batch
  // dimension stays unnamed (an empty Dimension)
  const additions = [...new Map(added.map((z) => [z.input, z])).values()].map((zipMap) => {
    const classes = zipMap.classLabels.length > 0 ? [...key(1, VARINT), ...varintBytes(zipMap.classLabels.length)] : [];
    const shape = [...delimited(1, []), ...delimited(1, classes)];
    const tensorType = [...key(1, VARINT), ...varintBytes(FLOAT), ...delimited(2, shape)];
    return delimited(12, [...delimited(1, [...Buffer.from(zipMap.input, 'utf8')]), ...delimited(2, delimited(1, tensorType))]);
  });
  const addition = Uint8Array.from(delimited(7, additions.flat()));
  const merged = new Uint8Array(bytes.byteLength + addition.byteLength);
  merged.set(bytes, 0);
  merged.set(addition, bytes.byteLength);
  return merged;
}

function varintBytes(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

function key(field: number, wire: number): number[] {
  return varintBytes(field * 8 + wire);
}

function delimited(field: number, payload: number[]): number[] {
  return [...key(field, LENGTH), ...varintBytes(payload.length), ...payload];
}
