/**
 * Request parameters arrive as JSON, urlencoded or multipart bodies, or query strings using Rails'
 * bracket syntax (`timeline[]=home`, `poll[options][]=a`, `media_attributes[0][id]=1`). All of them
 * end up in one nested `Params` object, read through the small coercing accessors below.
 */
export type Params = Record<string, unknown>;

export interface UploadedFile {
  name: string;
  type: string;
  data: Buffer;
}

function splitKey(key: string): string[] {
  const first = key.indexOf('[');
  if (first <= 0) return [key];
  const parts = [key.slice(0, first)];
  for (const m of key.slice(first).matchAll(/\[([^\]]*)\]/g)) parts.push(m[1] ?? '');
  return parts;
}

/** Sets `value` at a Rails-style key; `[]` appends, other brackets nest. */
export function assignParam(target: Params, key: string, value: unknown): void {
  const parts = splitKey(key);
  let node: Params | unknown[] = target;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    const nextIsPush = parts[i + 1] === '';
    if (Array.isArray(node)) {
      if (last) node.push(value);
      else {
        const child: Params | unknown[] = nextIsPush ? [] : {};
        node.push(child);
        node = child;
      }
      continue;
    }
    if (last) {
      node[part] = value;
      return;
    }
    const existing = node[part];
    if (nextIsPush) {
      if (!Array.isArray(existing)) node[part] = [];
      node = node[part] as unknown[];
    } else {
      if (existing === null || typeof existing !== 'object' || Array.isArray(existing)) node[part] = {};
      node = node[part] as Params;
    }
  }
}

export function paramsFromSearch(search: URLSearchParams): Params {
  const out: Params = {};
  for (const [k, v] of search) assignParam(out, k, v);
  return out;
}

export function str(p: Params, key: string): string | undefined {
  const v = p[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

const TRUE_VALUES = new Set(['true', '1', 'on', 't', 'yes']);

export function bool(p: Params, key: string): boolean | undefined {
  const v = p[key];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v === '' ? undefined : TRUE_VALUES.has(v.toLowerCase());
  return undefined;
}

export function int(p: Params, key: string): number | undefined {
  const v = p[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}

/** Arrays may come as JSON arrays, `key[]` lists, `key[0]` maps (multipart) or a single value. */
export function list(p: Params, key: string): unknown[] {
  const v = p[key];
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object') {
    return Object.entries(v as Params)
      .filter(([k]) => /^\d+$/.test(k))
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, item]) => item);
  }
  return [v];
}

export function strList(p: Params, key: string): string[] {
  return list(p, key).flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v)] : []));
}

export function obj(p: Params, key: string): Params | undefined {
  const v = p[key];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Params) : undefined;
}

export function file(p: Params, key: string): UploadedFile | undefined {
  const v = p[key];
  return isUploadedFile(v) ? v : undefined;
}

export function isUploadedFile(v: unknown): v is UploadedFile {
  return typeof v === 'object' && v !== null && 'data' in v && Buffer.isBuffer((v as UploadedFile).data);
}
