import { describe, expect, it } from 'vitest';
import { HostError } from '../ipc/result';
import { checkExternalUrl } from './external-url';

describe('links handed to the system browser', () => {
  it.each([
    ['https://mastodon.social/@Gargron', 'https://mastodon.social/@Gargron'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
  ])('opens the web link %s', (input, expected) => {
    expect(checkExternalUrl(input)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://server/share',
    'ms-settings:privacy',
    'pouet://app/index.html',
    'not a url',
    '',
    'https://user:secret@example.org/',
  ])('refuses %j', (input) => {
    expect(() => checkExternalUrl(input)).toThrow(HostError);
    try {
      checkExternalUrl(input);
    } catch (error) {
      expect((error as HostError).code).toBe('unsafe_url');
      expect((error as HostError).message.length).toBeGreaterThan(10);
    }
  });
});
