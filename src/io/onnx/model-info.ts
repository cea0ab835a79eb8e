// A model's inputs and outputs as onnxruntime declares them, and how messages show them.
import type { ValueMetadata } from './runtime.js';

export type Dim = number | string;

export interface ModelValueInfo {
  name: string;
  /** false for sequences and maps, e.g. skl2onnx's ZipMap `output_probability`. */
  isTensor: boolean;
  /** Element type of a tensor: float32, float64, int64, string, … */
  type?: string;
  /** Declared shape of a tensor; names for symbolic dimensions (N); empty when undeclared. */
  dims?: readonly Dim[];
}

export function valueInfoOf(metadata: ValueMetadata): ModelValueInfo {
  if (!metadata.isTensor) return { name: metadata.name, isTensor: false };
  return { name: metadata.name, isTensor: true, type: metadata.type, dims: [...metadata.shape] };
}

export function shapeText(dims: readonly Dim[]): string {
  return `[${dims.join(', ')}]`;
}

/** `probabilities (float32 [N, 2])`, or `output_probability (not a tensor: a sequence or map, e.g. a ZipMap)`. */
export function describeValue(value: ModelValueInfo): string {
  if (!value.isTensor) return `${value.name} (not a tensor: a sequence or map, e.g. a ZipMap)`;
  const shape = value.dims && value.dims.length > 0 ? ` ${shapeText(value.dims)}` : '';
  return `${value.name} (${value.type ?? 'tensor'}${shape})`;
}

export function describeValues(values: readonly ModelValueInfo[]): string {
  return values.length === 0 ? '(none)' : values.map(describeValue).join(', ');
}

export function isFloatType(type: string | undefined): type is 'float32' | 'float64' {
  return type === 'float32' || type === 'float64';
}

export function quoteList(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(', ');
}
