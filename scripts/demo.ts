/**
 * `npm run demo`: Pouet with live demo instances, no account needed.
 *   --headless            run without a window (for machines without a display)
 *   --screenshot FILE     save a picture of the deck once every column shows posts
 *   --port N              port of the main demo instance (default 4000)
 * With --headless and --screenshot it exits after the picture; otherwise it runs until Ctrl+C.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startDemo } from '../e2e/demo/demo-session';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    port: { type: 'string', default: '4000' },
    'skip-build': { type: 'boolean', default: false },
  },
});

if (!values['skip-build']) {
  console.log('Building the renderer…');
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: 'ignore',
  });
}

const demo = await startDemo({ headless: values.headless, port: Number(values.port) });
console.log('\nPouet demo is running');
for (const instance of demo.instances) console.log(`  demo instance   ${instance.url}`);
for (const account of demo.accounts) console.log(`  signed in as    @${account}  (password: password)`);
console.log(`  data folder     ${demo.app.dataDir} (deleted on exit)`);

if (values.screenshot) {
  try {
    await demo.screenshot(values.screenshot);
  } catch (error) {
    console.error('The demo deck did not fill up:', error);
    await demo.stop();
    process.exit(1);
  }
  console.log(`  screenshot      ${values.screenshot}`);
}

if (values.headless && values.screenshot) {
  await demo.stop();
} else {
  console.log('\nPress Ctrl+C to stop.');
  const shutdown = () => {
    console.log('\nStopping the demo…');
    void demo.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
