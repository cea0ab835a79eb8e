import { createRequire as __modelopsCreateRequire } from 'node:module'; const require = __modelopsCreateRequire(import.meta.url);

// src/commands/drift-worker-protocol.ts
function errorReply(id, error) {
  return {
    id,
    error: { kind: error instanceof RangeError ? "range" : "other", message: error instanceof Error ? error.message : String(error), ...error instanceof Error && error.stack ? { stack: error.stack } : {} }
  };
}
function detached(value, transfer, owned = false) {
  const seen = new Set(transfer);
  const done = /* @__PURE__ */ new Map();
  const walk = (v) => {
    if (v === null || typeof v !== "object") return v;
    if (ArrayBuffer.isView(v)) {
      if (v instanceof DataView) return v;
      if (done.has(v)) return done.get(v);
      const array = v;
      const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && array.buffer instanceof ArrayBuffer;
      let out2 = array;
      if (owned && whole && !seen.has(array.buffer)) transfer.push(array.buffer);
      else {
        out2 = array.slice();
        transfer.push(out2.buffer);
      }
      seen.add(out2.buffer);
      done.set(v, out2);
      return out2;
    }
    if (v instanceof Map) return new Map(Array.from(v, ([key, item]) => [key, walk(item)]));
    if (Array.isArray(v)) return v.map(walk);
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    const out = {};
    for (const key of Object.keys(v)) out[key] = walk(v[key]);
    return out;
  };
  return walk(value);
}

export {
  errorReply,
  detached
};
