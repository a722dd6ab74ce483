/**
 * Entities are built with masto's camelCase types (so a shape mistake fails the typecheck) and leave as
 * Mastodon's snake_case JSON. Only identifier-like keys are converted: data keys such as `pt-BR`,
 * `@1x` or `posting:default:visibility` pass through untouched.
 */
const CAMEL_KEY = /^[a-z][a-zA-Z0-9]*$/;
const SNAKE_KEY = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

export function toSnakeKey(key: string): string {
  return CAMEL_KEY.test(key) ? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : key;
}

export function toCamelKey(key: string): string {
  return SNAKE_KEY.test(key) ? key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()) : key;
}

function transformKeys(value: unknown, map: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => transformKeys(v, map));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      out[map(k)] = transformKeys(v, map);
    }
    return out;
  }
  return value;
}

export const toWire = (value: unknown): unknown => transformKeys(value, toSnakeKey);
export const fromWire = (value: unknown): unknown => transformKeys(value, toCamelKey);
