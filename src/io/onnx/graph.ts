// Reads an ONNX file's graph with protobuf.js and onnx-ml.proto, without onnxruntime: its inputs and
// outputs, the ZipMap nodes and class labels of a scikit-learn export, where external tensor data
// lives; and the in-memory rewrite that makes the tensor feeding a ZipMap a graph output.
import protobuf from 'protobufjs/light.js';
import type { ModelValueInfo } from './model-info.js';
import { ONNX_PROTO_DESCRIPTOR } from './onnx-proto.generated.js';

// Reading skims: tensor data is left undecoded, node attributes stay raw bytes (an embedded message
// is length-delimited like bytes) and are decoded one by one, without their numeric lists except on
// the class labels: a 14 MB tree ensemble (4M attribute values) reads in 0.1-0.35 s instead of 1.5-2 s.
const root = protobuf.Root.fromJSON(skimDescriptor());
const ModelProto = root.lookupType('onnx.ModelProto');
const AttributeProto = root.lookupType('onnx.AttributeProto');
const AttributeSkim = root.lookupType('onnx.AttributeSkim');

function skimDescriptor(): protobuf.INamespace {
  const descriptor = JSON.parse(JSON.stringify(ONNX_PROTO_DESCRIPTOR)) as { nested: { onnx: { nested: Record<string, { fields: Record<string, { type: string }> }> } } };
  const types = descriptor.nested.onnx.nested;
  types['NodeProto']!.fields['attribute']!.type = 'bytes';
  for (const field of ['float_data', 'int32_data', 'string_data', 'int64_data', 'raw_data', 'double_data', 'uint64_data']) delete types['TensorProto']!.fields[field];
  const skim = JSON.parse(JSON.stringify(types['AttributeProto'])) as { fields: Record<string, unknown> };
  delete skim.fields['floats'];
  delete skim.fields['ints'];
  types['AttributeSkim'] = skim as (typeof types)[string];
  return descriptor as unknown as protobuf.INamespace;
}

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

// protobuf.js decodes proto2 messages into objects with these optional fields (int64 as Long or number).
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
const text = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

function decodeModel(bytes: Uint8Array): Model {
  try {
    return ModelProto.decode(bytes) as unknown as Model;
  } catch (error) {
    throw new OnnxGraphError(`not an ONNX model (${(error as Error).message})`);
  }
}

/** Nodes with their attributes decoded: in full for class-label nodes, else without numeric lists. */
function decodeNodes(graph: RawGraph): Node[] {
  return (graph.node ?? []).map((node) => {
    const labelled = node.domain === ML_DOMAIN && (node.op_type === 'ZipMap' || /Classifier$/.test(node.op_type ?? ''));
    try {
      const attribute = (node.attribute ?? []).map((bytes) => {
        const skim = AttributeSkim.decode(bytes) as unknown as Attribute;
        return labelled && skim.name?.startsWith('classlabels_') ? (AttributeProto.decode(bytes) as unknown as Attribute) : skim;
      });
      return { ...node, attribute };
    } catch (error) {
      throw new OnnxGraphError(`not an ONNX model (${(error as Error).message})`);
    }
  });
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
  if (strings && strings.length > 0) return strings.map(text);
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
  const output = [...new Map(added.map((z) => [z.input, z])).values()].map((zipMap) => ({
    name: zipMap.input,
    // ZipMap takes tensor(float) [N, classes]; the batch dimension stays unnamed.
    type: { tensor_type: { elem_type: FLOAT, shape: { dim: [{}, ...(zipMap.classLabels.length > 0 ? [{ dim_value: zipMap.classLabels.length }] : [{}])] } } },
  }));
  const addition = ModelProto.encode(ModelProto.fromObject({ graph: { output } })).finish();
  const merged = new Uint8Array(bytes.byteLength + addition.byteLength);
  merged.set(bytes, 0);
  merged.set(addition, bytes.byteLength);
  return merged;
}
