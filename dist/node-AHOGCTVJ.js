import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);
import {
  asyncBufferFromFile,
  asyncBufferFromUrl,
  byteLengthFromUrl,
  cachedAsyncBuffer,
  flatten,
  parquetMetadata,
  parquetMetadataAsync,
  parquetQuery,
  parquetRead,
  parquetReadObjects,
  parquetScan,
  parquetSchema,
  readColumnIndex,
  readOffsetIndex,
  rowIndex,
  snappyUncompress,
  toJson
} from "./chunk-PVKBS54A.js";
import "./chunk-RFEL46WT.js";
export {
  asyncBufferFromFile,
  asyncBufferFromUrl,
  byteLengthFromUrl,
  cachedAsyncBuffer,
  flatten,
  parquetMetadata,
  parquetMetadataAsync,
  parquetQuery,
  parquetRead,
  parquetReadObjects,
  parquetScan,
  parquetSchema,
  readColumnIndex,
  readOffsetIndex,
  rowIndex,
  snappyUncompress,
  toJson
};
