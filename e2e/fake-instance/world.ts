import type { Clock } from './clock';
import type { Faults } from './faults';
import type { IdMint } from './ids';
import type { Store } from './store';

/** Encodes a stream payload for one subscriber (account id), or `null` to skip that subscriber. */
export type PayloadFor = (subscriberId: string) => string | null;

/** Where services publish streaming events; channel names follow Mastodon's Redis channels. */
export interface StreamSink {
  publish(channel: string, event: string, payload: PayloadFor | string | null): void;
  /** Closes the streaming connections opened with a (revoked) token. */
  dropToken(tokenId: string): void;
}

/** One running fake instance: configuration plus its mutable state (replaced on reset). */
export interface World {
  origin: string;
  domain: string;
  title: string;
  legacy: boolean;
  streamingEnabled: boolean;
  /** How long an upload stays "processing" (202, then 206 on GET) before its URL appears. */
  mediaProcessingMs: number;
  seed: number;
  clock: Clock;
  ids: IdMint;
  store: Store;
  events: StreamSink;
  faults: Faults;
}
