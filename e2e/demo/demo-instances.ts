import { startFakeInstance, type FakeInstance, type FakeInstanceOptions } from '../fake-instance/index';

/** The two demo servers: the main one (on `port` when free) and a second one for the second account. */
export async function startDemoInstances(port: number): Promise<[FakeInstance, FakeInstance]> {
  const main = await startOn({ port, title: 'Pouet Demo', gentleLiveStream: true, liveEveryMs: 5000 });
  try {
    const second = await startFakeInstance({
      port: 0,
      title: 'Piaille Town',
      seed: 7,
      gentleLiveStream: true,
      liveEveryMs: 7000,
    });
    return [main, second];
  } catch (error) {
    await main.close();
    throw error;
  }
}

/** Port 4000 may be taken (a second demo, another server): fall back to any free port. */
async function startOn(options: FakeInstanceOptions & { port: number }): Promise<FakeInstance> {
  try {
    return await startFakeInstance(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startFakeInstance({ ...options, port: 0 });
  }
}
