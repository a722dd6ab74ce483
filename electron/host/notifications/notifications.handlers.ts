import type { Handlers } from '../../ipc/dispatcher';
import type { Logger } from '../log';
import type { HostPorts } from '../ports';
import { AlertGate, type AlertGateOptions } from './alert-gate';

export type NotificationHandlers = Pick<Handlers, 'notify.show' | 'app.setBadge'>;

/** At most 6 alerts back to back, then one every 10 s: the renderer's summaries stay far below this. */
const defaultGate: AlertGateOptions = { burst: 6, refillMs: 10_000 };

/**
 * Desktop alerts and the icon badge. The OS pieces come from the ports (Electron's Notification and
 * `app.setBadgeCount` / the Windows overlay in the app; recorders in the e2e harness).
 */
export function createNotificationHandlers(
  ports: Pick<HostPorts, 'notify' | 'setBadge'>,
  log: Logger,
  gate: AlertGateOptions = defaultGate,
): NotificationHandlers {
  const alerts = new AlertGate(gate);
  let dropped = 0;
  let badge: number | undefined;
  return {
    'notify.show': ({ title, body, tag }) => {
      if (!alerts.tryPass()) {
        if (dropped++ === 0) log.warn('Too many desktop alerts: dropping some until the pace slows down.');
        return undefined;
      }
      dropped = 0;
      ports.notify({ title, body, ...(tag !== undefined && { tag }) });
      return undefined;
    },
    'app.setBadge': ({ count }) => {
      if (count === badge) return undefined;
      badge = count;
      ports.setBadge?.(count);
      return undefined;
    },
  };
}
