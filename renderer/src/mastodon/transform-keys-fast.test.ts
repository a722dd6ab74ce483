import { camelCase, snakeCase } from 'change-case';
import { transformKeys as original } from 'masto/adapters/serializers/transform-keys.js';
import { describe, expect, it } from 'vitest';
import { transformKeys } from './transform-keys-fast';

const payload = JSON.parse(`{
  "id": "1", "created_at": "2026-11-26T10:00:00Z", "in_reply_to_id": null, "sensitive": false,
  "media_attachments": [{ "id": "m", "preview_url": "x", "meta": { "original": { "width": 4, "height": 3 } } }],
  "account": { "display_name": "A", "fields": [{ "name": "Web", "verified_at": null }], "emojis": [] },
  "poll": { "votes_count": 3, "own_votes": [0, 2], "options": [{ "title": "a", "votes_count": 1 }] },
  "filter_results": [], "tags": [{ "name": "Caturday", "history": [] }],
  "reading:expand:media": "default", "_destroy": true, "__proto__": { "polluted": true },
  "quote": { "state": "accepted", "quoted_status": { "id": "2", "spoiler_text": "" } }
}`);

describe('transformKeys (fast)', () => {
  it('gives what masto gives, to camelCase and back', () => {
    const camel = transformKeys(payload, camelCase);
    expect(camel).toEqual(original(payload, camelCase));
    expect(JSON.stringify(camel)).toBe(JSON.stringify(original(payload, camelCase)));
    expect(transformKeys(camel, snakeCase)).toEqual(original(camel, snakeCase));
  });

  it('keeps delimited and underscored keys, and a "__proto__" key as a key', () => {
    const camel = transformKeys<Record<string, unknown>>(payload, camelCase);
    expect(camel['reading:expand:media']).toBe('default');
    expect(camel['_destroy']).toBe(true);
    expect(Object.getPrototypeOf(camel)).toBe(Object.prototype);
    expect(Object.keys(camel)).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('leaves values that are not plain objects alone', () => {
    const date = new Date(0);
    expect(transformKeys([1, 'a', null, date], camelCase)).toEqual([1, 'a', null, date]);
  });
});
