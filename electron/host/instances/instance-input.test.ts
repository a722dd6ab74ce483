import { describe, expect, it } from 'vitest';
import { HostError } from '../../ipc/result';
import { parseInstanceInput, type InstanceInputProblem } from './instance-input';

const good: [input: string, url: string, username?: string][] = [
  ['mastodon.social', 'https://mastodon.social'],
  ['https://mastodon.social/', 'https://mastodon.social'],
  ['  mastodon.social  ', 'https://mastodon.social'],
  ['MASTODON.Social', 'https://mastodon.social'],
  ['mastodon.social.', 'https://mastodon.social'],
  ['mastodon.social/about/more?x=1#top', 'https://mastodon.social'],
  ['https://mastodon.social/explore', 'https://mastodon.social'],
  ['@alice@mastodon.social', 'https://mastodon.social', 'alice'],
  ['alice@mastodon.social', 'https://mastodon.social', 'alice'],
  ['acct:alice@mastodon.social', 'https://mastodon.social', 'alice'],
  ['https://mastodon.social/@alice', 'https://mastodon.social', 'alice'],
  ['https://alice@mastodon.social', 'https://mastodon.social', 'alice'],
  ['@jean.dupont@piaille.fr', 'https://piaille.fr', 'jean.dupont'],
  ['bücher.example', 'https://xn--bcher-kva.example'],
  ['@zoë@fédiverse.fr', 'https://xn--fdiverse-b1a.fr', 'zoë'],
  ['social.example.org:8443', 'https://social.example.org:8443'],
  ['https://mastodon.social:443', 'https://mastodon.social'],
  ['http://social.lan.example', 'http://social.lan.example'],
  ['127.0.0.1:4000', 'http://127.0.0.1:4000'],
  ['localhost:3000', 'http://localhost:3000'],
  ['[::1]:3000', 'http://[::1]:3000'],
  ['https://127.0.0.1:4443', 'https://127.0.0.1:4443'],
  ['192.168.1.20', 'https://192.168.1.20'],
  ['xn--bcher-kva.example', 'https://xn--bcher-kva.example'],
];

const bad: [input: string, reason: InstanceInputProblem][] = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['mastodon .social', 'contains_space'],
  ['masto\tdon.social', 'contains_space'],
  ['ftp://mastodon.social', 'unsupported_scheme'],
  ['javascript:alert(1)', 'unsupported_scheme'],
  ['web+ap://mastodon.social', 'unsupported_scheme'],
  ['mailto:alice@example.com', 'email_address'],
  ['alice@gmail.com', 'email_address'],
  ['alice+news@mastodon.social', 'email_address'],
  ['@alice@@mastodon.social', 'invalid_handle'],
  ['alice@bob@mastodon.social', 'invalid_handle'],
  ['@mastodon.social', 'invalid_handle'],
  ['alice@', 'invalid_handle'],
  ['a!ice@mastodon.social', 'invalid_handle'],
  ['https://alice:secret@mastodon.social', 'has_credentials'],
  ['mastodon.social:99999', 'invalid_port'],
  ['mastodon', 'not_a_domain'],
  ['https://mastodon/', 'not_a_domain'],
  ['mastodon!social', 'invalid_characters'],
  ['masto_don.social', 'invalid_characters'],
  ['-mastodon.social', 'invalid_characters'],
  ['mastodon..social', 'invalid_characters'],
  ['mastodon.social\\evil', 'invalid_characters'],
  ['<script>.social', 'invalid_characters'],
  ['https:mastodon.social', 'invalid_characters'],
];

function reasonOf(input: string): string | undefined {
  try {
    parseInstanceInput(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('invalid_instance');
    expect((error as HostError).message.length).toBeGreaterThan(10);
    return (error as HostError).params?.reason;
  }
}

describe('parseInstanceInput', () => {
  it.each(good)('accepts %j as %s', (input, url, username) => {
    const address = parseInstanceInput(input);
    expect(address.url).toBe(url);
    expect(address.host).toBe(new URL(url).host);
    expect(address.username).toBe(username);
  });

  it.each(bad)('refuses %j (%s)', (input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it('covers a table of at least 25 good and bad inputs', () => {
    expect(good.length + bad.length).toBeGreaterThanOrEqual(50);
  });

  it('echoes the typed input and the unsupported scheme for the UI to quote', () => {
    try {
      parseInstanceInput(' ftp://x.example ');
      expect.unreachable();
    } catch (error) {
      expect((error as HostError).params).toEqual({
        reason: 'unsupported_scheme',
        input: 'ftp://x.example',
        scheme: 'ftp',
      });
    }
  });
});
