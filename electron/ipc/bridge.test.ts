import { describe, expect, it, vi } from 'vitest';
import { buildBridge } from './bridge';
import { capabilityNames } from './names';

describe('bridge builder', () => {
  it('exposes every capability as group.method and forwards name and input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const bridge = buildBridge(capabilityNames, invoke, () => () => undefined);
    for (const name of capabilityNames) {
      const [group, method] = name.split('.') as [string, string];
      expect(typeof bridge[group]?.[method]).toBe('function');
    }
    await (bridge['settings']!['update'] as (input: unknown) => Promise<unknown>)({ theme: 'dark' });
    expect(invoke).toHaveBeenCalledWith('settings.update', { theme: 'dark' });
  });

  it('is self-contained, so the harness can ship it into a page as source', () => {
    const rebuilt = new Function(`return (${buildBridge.toString()})`)() as typeof buildBridge;
    const bridge = rebuilt(
      ['app.info'],
      async () => 'ok',
      () => () => undefined,
    );
    expect(typeof bridge['app']?.['info']).toBe('function');
  });
});
