import type { Firehose } from '../firehose';
import type { RequestLog } from '../request-log';
import type { StreamHub } from '../streaming/hub';
import type { World } from '../world';

/** What the admin API controls besides the world itself. */
export interface AdminHost {
  world(): World;
  reset(mode: 'demo' | 'accounts', seed?: number): void;
  firehose: Firehose;
  hub: StreamHub;
  log: RequestLog;
}
