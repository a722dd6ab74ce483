import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, startFakeInstance } from './index';

/**
 * `npm run fake-instance -- --port 4000`: a demo instance with seeded content and a gentle live stream.
 * Flags: --port N, --seed N, --title T, --no-streaming, --legacy (4.2-like: no PKCE), --quiet (no live
 * activity), --empty (accounts only), --host H.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4000' },
    seed: { type: 'string', default: '1' },
    title: { type: 'string', default: 'Pouet Demo' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-streaming': { type: 'boolean', default: false },
    legacy: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    empty: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(
    'Usage: npm run fake-instance -- [--port 4000] [--seed 1] [--title T] [--no-streaming] [--legacy] [--quiet] [--empty] [--host 127.0.0.1]',
  );
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

const instance = await startFakeInstance({
  port,
  seed: Number(values.seed) || 1,
  title: values.title,
  host: values.host,
  streaming: !values['no-streaming'],
  legacy: values.legacy,
  empty: values.empty,
  gentleLiveStream: !values.quiet,
});

const accounts = await instance.admin.accounts();
const local = accounts.filter((a) => a.local);
const remote = accounts.filter((a) => !a.local);
console.log(`Fake Mastodon 4.5${values.legacy ? ' (legacy 4.2 mode)' : ''} at ${instance.url}`);
console.log(
  `  streaming: ${values['no-streaming'] ? 'off' : `${instance.url.replace('http', 'ws')}/api/v1/streaming`}`,
);
console.log(`  admin API: ${instance.url}/__fake/  (see e2e/fake-instance/README.md)`);
console.log(`  sign in as any of these with the password "${DEMO_PASSWORD}":`);
for (const a of local) console.log(`    @${a.username}`);
console.log(`  remote accounts: ${remote.map((a) => `@${a.acct}`).join(', ')}`);
if (!values.quiet)
  console.log('  a gentle live stream is running (posts, favourites, mentions every few seconds)');

const shutdown = (): void => {
  void instance.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
