/**
 * masto converts the keys of every payload (REST and streaming) between snake_case and camelCase with
 * `Object.fromEntries(Object.entries(…).map(…))`, which allocates three arrays per object. Under a firehose
 * that was ~3% of the main thread (`npm run bench`, "Live" profile), so the renderer build swaps masto's
 * module for this one (renderer.aliases.config.ts). Same export, same results: plain loops instead.
 */

// masto's own test of a plain object (JSON gives only these).
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && x.constructor.name === 'Object';

function convert(data: unknown, transform: (key: string) => string): unknown {
  if (Array.isArray(data)) {
    const out = new Array<unknown>(data.length);
    for (let i = 0; i < data.length; i++) out[i] = convert(data[i], transform);
    return out;
  }
  if (!isRecord(data)) return data;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    const name = transform(key);
    const value = convert(data[key], transform);
    // A payload's "__proto__" key stays a key, as Object.fromEntries keeps it.
    if (name === '__proto__')
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    else out[name] = value;
  }
  return out;
}

export const transformKeys = <T>(data: unknown, transform: (key: string) => string): T =>
  convert(data, (key) => {
    // `PATCH /v1/preferences` uses `:` as a delimiter; `PATCH /v2/filters` uses `_destroy`.
    if (key.includes(':') || key.startsWith('_')) return key;
    return transform(key);
  }) as T;
