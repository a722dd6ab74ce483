import { HostError } from '../../ipc/result';
import type { Logger } from '../log';
import {
  defaultUpdateTiming,
  updateBlocker,
  type UpdateBlocker,
  type UpdateEnvironment,
  type UpdateTiming,
} from './update-policy';
import { createUpdateScheduler, systemClock, type Clock } from './update-scheduler';

/** The update source: electron-updater reading the project's GitHub releases, or a fake in tests. */
export interface UpdateFeed {
  /** Looks for a newer release and, when there is one, starts downloading it in the background. */
  check(): Promise<void>;
  /** Quits, installs the downloaded update and starts the new version. */
  quitAndInstall(): void;
  /** Whether a downloaded update installs by itself when the app quits normally. */
  setInstallOnQuit(enabled: boolean): void;
}

export interface UpdateFeedEvents {
  /** The download of `version` finished; it installs on restart. */
  downloaded(version: string): void;
}

export interface UpdateControllerOptions {
  environment: UpdateEnvironment;
  /** Creates the feed the first time a check runs, so development never loads the updater at all. */
  loadFeed(events: UpdateFeedEvents): Promise<UpdateFeed>;
  /** Tell the user, unobtrusively, that a restart installs `version`. */
  onReady(version: string): void;
  log: Logger;
  clock?: Clock;
  timing?: UpdateTiming;
}

export interface UpdateController {
  /** Applies the `autoUpdate` setting, at start and whenever it changes. */
  setEnabled(autoUpdate: boolean): void;
  /** The downloaded version waiting for a restart, if any. */
  readyVersion(): string | undefined;
  /** Quits and installs the ready update; `not_available` when there is none. */
  restartToUpdate(): void;
  stop(): void;
}

/** Ties the policy, the schedule and the feed together; the shell only feeds it settings. */
export function createUpdateController(options: UpdateControllerOptions): UpdateController {
  const { environment, log } = options;
  let feed: Promise<UpdateFeed> | undefined;
  let loaded: UpdateFeed | undefined;
  let ready: string | undefined;
  let installOnQuit = false;
  let announced: UpdateBlocker | 'on' | undefined;

  const events: UpdateFeedEvents = {
    downloaded(version) {
      ready = version;
      scheduler.stop();
      log.info(`update ${version} downloaded; it installs on restart`);
      options.onReady(version);
    },
  };

  // Loaded once, on the first check; a failed load is retried by the next check.
  const loadFeed = () =>
    (feed ??= options.loadFeed(events).then(
      (created) => {
        created.setInstallOnQuit(installOnQuit);
        return (loaded = created);
      },
      (error: unknown) => {
        feed = undefined;
        throw error;
      },
    ));

  const scheduler = createUpdateScheduler(async () => (await loadFeed()).check(), {
    clock: options.clock ?? systemClock,
    timing: options.timing ?? defaultUpdateTiming,
    log,
  });

  return {
    setEnabled(autoUpdate) {
      const blocker = updateBlocker(environment, autoUpdate);
      if ((blocker ?? 'on') !== announced) {
        announced = blocker ?? 'on';
        log.info(blocker ? `automatic updates off (${blocker})` : 'automatic updates on');
      }
      installOnQuit = blocker === undefined;
      // An update downloaded before the user opted out stays available through the notice, not on quit.
      loaded?.setInstallOnQuit(installOnQuit);
      if (blocker || ready) scheduler.stop();
      else scheduler.start();
    },
    readyVersion: () => ready,
    restartToUpdate() {
      if (!ready || !loaded) throw new HostError('not_available', 'No update is ready to install.');
      loaded.quitAndInstall();
    },
    stop: () => scheduler.stop(),
  };
}
