import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './dispatcher';
import { createDispatcher } from './dispatcher';
import { HostError } from './result';

const settings = { theme: 'system', language: 'system', reduceMotion: false } as const;

function makeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  // Only the capabilities these tests call; the dispatcher never looks at the others.
  return {
    'app.info': () => ({ name: 'Pouet', version: '1', shell: 'browser', platform: 'linux', notices: [] }),
    'shell.openExternal': () => undefined,
    'settings.get': () => settings,
    'settings.update': (patch) => ({ ...settings, ...patch }),
    ...overrides,
  } as Handlers;
}

const app = { url: 'pouet://app/index.html' };

describe('dispatcher', () => {
  it('runs a valid call and wraps the answer', async () => {
    const dispatch = createDispatcher(makeHandlers(), { trustedOrigins: ['pouet://app'] });
    expect(await dispatch('settings.update', { theme: 'dark' }, app)).toEqual({
      ok: true,
      value: { ...settings, theme: 'dark' },
    });
  });

  it('rejects invalid input with a readable message naming the field, without calling the handler', async () => {
    const update = vi.fn();
    const dispatch = createDispatcher(makeHandlers({ 'settings.update': update }), {
      trustedOrigins: ['pouet://app'],
    });
    const result = await dispatch('settings.update', { theme: 'neon' }, app);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/^Invalid request to settings\.update: theme: /),
      },
    });
    expect(update).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown key', { theme: 'dark', nodeIntegration: true }],
    ['a wrong type', { reduceMotion: 'yes' }],
    ['no object at all', 'dark'],
  ])('rejects %s', async (_label, input) => {
    const dispatch = createDispatcher(makeHandlers(), { trustedOrigins: ['pouet://app'] });
    expect(await dispatch('settings.update', input, app)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('rejects input to a capability that takes none', async () => {
    const dispatch = createDispatcher(makeHandlers(), { trustedOrigins: ['pouet://app'] });
    expect(await dispatch('app.info', { sneaky: true }, app)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('refuses calls from frames that are not the app', async () => {
    const info = vi.fn();
    const dispatch = createDispatcher(makeHandlers({ 'app.info': info }), {
      trustedOrigins: ['pouet://app'],
    });
    for (const url of ['https://evil.example/', undefined]) {
      expect(await dispatch('app.info', undefined, { url })).toMatchObject({
        ok: false,
        error: { code: 'forbidden_sender' },
      });
    }
    expect(info).not.toHaveBeenCalled();
  });

  it('refuses names outside the contract, including prototype keys', async () => {
    const dispatch = createDispatcher(makeHandlers(), { trustedOrigins: ['pouet://app'] });
    for (const name of ['fs.readFile', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(name, undefined, app)).toMatchObject({
        ok: false,
        error: { code: 'unknown_capability' },
      });
    }
  });

  it('passes HostErrors through and hides unexpected ones behind a generic message', async () => {
    const onUnexpectedError = vi.fn();
    const dispatch = createDispatcher(
      makeHandlers({
        'shell.openExternal': () => {
          throw new HostError('unsafe_url', 'Only web links can be opened.');
        },
        'settings.get': () => {
          throw new Error('EACCES: /home/me/.config/Pouet/settings.json');
        },
      }),
      { trustedOrigins: ['pouet://app'], onUnexpectedError },
    );
    expect(await dispatch('shell.openExternal', { url: 'x' }, app)).toEqual({
      ok: false,
      error: { code: 'unsafe_url', message: 'Only web links can be opened.' },
    });
    const hidden = await dispatch('settings.get', undefined, app);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('EACCES');
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });
});
