import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log';
import { createUpdateController, type UpdateFeed, type UpdateFeedEvents } from './update-controller';
import { defaultUpdateTiming } from './update-policy';

const hour = 3_600_000;
const { firstCheckDelayMs } = defaultUpdateTiming;

/** A stand-in for electron-updater: counts checks, can fail, and "finishes a download" on demand. */
function makeFeed() {
  let events: UpdateFeedEvents | undefined;
  const feed = {
    check: vi.fn<UpdateFeed['check']>(async () => undefined),
    quitAndInstall: vi.fn<UpdateFeed['quitAndInstall']>(),
    setInstallOnQuit: vi.fn<UpdateFeed['setInstallOnQuit']>(),
  };
  const loadFeed = vi.fn(async (e: UpdateFeedEvents) => {
    events = e;
    return feed;
  });
  return { feed, loadFeed, download: (version: string) => events?.downloaded(version) };
}

function makeController(options: { isPackaged?: boolean; env?: Record<string, string> } = {}) {
  const fake = makeFeed();
  const onReady = vi.fn<(version: string) => void>();
  const controller = createUpdateController({
    environment: { isPackaged: options.isPackaged ?? true, env: options.env ?? {} },
    loadFeed: fake.loadFeed,
    onReady,
    log: silentLogger,
  });
  return { ...fake, onReady, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('update controller', () => {
  it('does nothing at all in development: no updater loaded, no timer', async () => {
    const { controller, loadFeed } = makeController({ isPackaged: false });
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(48 * hour);
    expect(loadFeed).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when the user opted out', async () => {
    const { controller, loadFeed } = makeController();
    controller.setEnabled(false);
    await vi.advanceTimersByTimeAsync(48 * hour);
    expect(loadFeed).not.toHaveBeenCalled();
  });

  it('checks quietly shortly after start, then once a day', async () => {
    const { controller, feed } = makeController();
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs - 1);
    expect(feed.check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(feed.check).toHaveBeenCalledTimes(1);
    expect(feed.setInstallOnQuit).toHaveBeenLastCalledWith(true);
    await vi.advanceTimersByTimeAsync(24 * hour - 1);
    expect(feed.check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(feed.check).toHaveBeenCalledTimes(2);
  });

  it('retries an hour after a failed check, without throwing', async () => {
    const { controller, feed } = makeController();
    feed.check.mockRejectedValueOnce(new Error('net::ERR_INTERNET_DISCONNECTED'));
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    expect(feed.check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(hour);
    expect(feed.check).toHaveBeenCalledTimes(2);
  });

  it('catches up soon after the computer wakes from a sleep longer than a day', async () => {
    const { controller, feed } = makeController();
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    // Sleep: the wall clock jumps 30 h while no timer fires.
    vi.setSystemTime(Date.now() + 30 * hour);
    await vi.advanceTimersByTimeAsync(hour);
    expect(feed.check).toHaveBeenCalledTimes(2);
  });

  it('stops checking when the user opts out, and resumes when they opt back in', async () => {
    const { controller, feed } = makeController();
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    controller.setEnabled(false);
    expect(feed.setInstallOnQuit).toHaveBeenLastCalledWith(false);
    await vi.advanceTimersByTimeAsync(72 * hour);
    expect(feed.check).toHaveBeenCalledTimes(1);
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    expect(feed.check).toHaveBeenCalledTimes(2);
  });

  it('announces a downloaded update once, stops checking, and installs it on request', async () => {
    const { controller, feed, download, onReady } = makeController();
    expect(() => controller.restartToUpdate()).toThrow(expect.objectContaining({ code: 'not_available' }));
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    download('0.2.0');
    expect(onReady).toHaveBeenCalledExactlyOnceWith('0.2.0');
    expect(controller.readyVersion()).toBe('0.2.0');
    await vi.advanceTimersByTimeAsync(72 * hour);
    expect(feed.check).toHaveBeenCalledTimes(1);
    controller.restartToUpdate();
    expect(feed.quitAndInstall).toHaveBeenCalledOnce();
  });

  it('loads the updater again on the next check when loading failed', async () => {
    const { controller, feed, loadFeed } = makeController();
    loadFeed.mockRejectedValueOnce(new Error('Cannot find module electron-updater'));
    controller.setEnabled(true);
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    expect(feed.check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(hour);
    expect(loadFeed).toHaveBeenCalledTimes(2);
    expect(feed.check).toHaveBeenCalledOnce();
  });

  it('stops its timer on quit', async () => {
    const { controller } = makeController();
    controller.setEnabled(true);
    controller.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
