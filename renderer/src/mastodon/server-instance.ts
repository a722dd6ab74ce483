import { MastoHttpError, type mastodon } from 'masto';

/** What a server says about itself: `/api/v2/instance` (Mastodon 4.0+), else v1's. */
export type ServerInstance =
  { version: 2; instance: mastodon.v2.Instance } | { version: 1; instance: mastodon.v1.Instance };

/**
 * Reads the instance: v2, or v1 where v2 is missing (servers older than Mastodon 4.0). Any other failure is
 * the caller's, not a reason to read a different document.
 * @see https://docs.joinmastodon.org/methods/instance/#v2
 */
export async function fetchServerInstance(rest: mastodon.rest.Client): Promise<ServerInstance> {
  try {
    return { version: 2, instance: await rest.v2.instance.fetch() };
  } catch (error) {
    if (!(error instanceof MastoHttpError && error.statusCode === 404)) throw error;
    return { version: 1, instance: await rest.v1.instance.fetch() };
  }
}

/** The streaming host the instance names (v2 `configuration.urls.streaming`, v1 `urls.streaming_api`). */
export function streamingUrlOf(server: ServerInstance): string | undefined {
  return server.version === 2
    ? server.instance.configuration.urls.streaming
    : server.instance.urls.streamingApi;
}
