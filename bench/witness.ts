import WebSocket from 'ws';

export interface WitnessSpec {
  /** The column the stream feeds. */
  columnId: string;
  instanceUrl: string;
  token: string;
  stream: string;
  tag?: string;
  /** The column's filter context: posts the account's filters hide there are not expected in it. */
  context: 'home' | 'public';
}

interface StreamedStatus {
  id: string;
  filtered?: { filter: { filter_action: string; context: string[] } }[];
}

/**
 * What the server sent: one socket per column stream, opened with the same account's token, recording the id
 * of every `update` while recording is on (apart from those the account's own filters hide there). "Sent" for a column is what its own stream carried; the server
 * fans posts out with the same rules as its REST timelines.
 */
export class StreamWitness {
  private readonly sockets: WebSocket[] = [];
  private readonly sent = new Map<string, Set<string>>();
  private readonly hidden = new Map<string, Set<string>>();
  private readonly specs = new Map<string, WitnessSpec>();
  private recording = false;

  static async open(specs: readonly WitnessSpec[]): Promise<StreamWitness> {
    const witness = new StreamWitness();
    await Promise.all(specs.map((spec) => witness.connect(spec)));
    return witness;
  }

  private connect(spec: WitnessSpec): Promise<void> {
    const url = new URL('/api/v1/streaming', spec.instanceUrl.replace(/^http/, 'ws'));
    url.searchParams.set('stream', spec.stream);
    if (spec.tag) url.searchParams.set('tag', spec.tag);
    this.specs.set(spec.columnId, spec);
    const ids = new Set<string>();
    const hidden = new Set<string>();
    this.sent.set(spec.columnId, ids);
    this.hidden.set(spec.columnId, hidden);
    const socket = new WebSocket(url, spec.token);
    this.sockets.push(socket);
    socket.on('message', (data) => {
      if (!this.recording) return;
      const frame = JSON.parse(String(data)) as { event?: string; payload?: string };
      if (frame.event !== 'update' || !frame.payload) return;
      const status = JSON.parse(frame.payload) as StreamedStatus;
      // Mastodon streams filtered posts with the filter's verdict; a "hide" filter keeps them out of the column.
      const hides = status.filtered?.some(
        ({ filter }) => filter.filter_action === 'hide' && filter.context.includes(spec.context),
      );
      (hides ? hidden : ids).add(status.id);
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
  }

  start(): void {
    for (const ids of [...this.sent.values(), ...this.hidden.values()]) ids.clear();
    this.recording = true;
  }

  stop(): void {
    this.recording = false;
  }

  /** Post ids sent on each column's stream while recording. */
  sentTo(columnId: string): ReadonlySet<string> {
    return this.sent.get(columnId) ?? new Set();
  }

  /** Which of `ids` the column's server still has (its firehose keeps only its newest 5,000 posts). */
  async stillOnServer(columnId: string, ids: readonly string[]): Promise<Set<string>> {
    const spec = this.specs.get(columnId);
    const kept = new Set<string>();
    if (!spec) return kept;
    for (let i = 0; i < ids.length; i += 20) {
      await Promise.all(
        ids.slice(i, i + 20).map(async (id) => {
          const response = await fetch(`${spec.instanceUrl}/api/v1/statuses/${id}`, {
            headers: { authorization: `Bearer ${spec.token}` },
          });
          if (response.status !== 404) kept.add(id);
        }),
      );
    }
    return kept;
  }

  /** Posts sent on the stream that the account's filters hide in this column. */
  hiddenIn(columnId: string): number {
    return this.hidden.get(columnId)?.size ?? 0;
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
  }
}
