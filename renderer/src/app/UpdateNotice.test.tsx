import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvents, PouetBridge } from '../../../electron/ipc/contract';
import '../i18n/i18n';
import { UpdateNotice } from './UpdateNotice';

let announce: ((payload: HostEvents['update.ready']) => void) | undefined;
const restartToUpdate = vi.fn();

beforeEach(() => {
  announce = undefined;
  restartToUpdate.mockReset().mockResolvedValue({ ok: true, value: undefined });
  window.pouet = {
    app: { restartToUpdate },
    events: {
      on: (event: string, listener: (payload: HostEvents['update.ready']) => void) => {
        if (event === 'update.ready') announce = listener;
        return () => (announce = undefined);
      },
    },
  } as unknown as PouetBridge;
});
afterEach(cleanup);

describe('update notice', () => {
  it('stays out of the way until an update is ready', () => {
    render(<UpdateNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers a restart once the host announces a downloaded update', async () => {
    render(<UpdateNotice />);
    act(() => announce?.({ version: '0.2.0' }));
    expect(screen.getByRole('status').textContent).toContain('0.2.0');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restart' })));
    expect(restartToUpdate).toHaveBeenCalledOnce();
  });

  it('hides for that version when the user chooses Later', () => {
    render(<UpdateNotice />);
    act(() => announce?.({ version: '0.2.0' }));
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => announce?.({ version: '0.2.0' }));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => announce?.({ version: '0.3.0' }));
    expect(screen.getByRole('status').textContent).toContain('0.3.0');
  });

  it('says so when the restart fails', async () => {
    restartToUpdate.mockResolvedValue({ ok: false, error: { code: 'not_available', message: 'No update.' } });
    render(<UpdateNotice />);
    act(() => announce?.({ version: '0.2.0' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restart' })));
    expect(screen.getByRole('alert').textContent).toContain('No update.');
  });
});
