/** Media: the lightbox (loaded on first use) and the event that opens it. */
export { mediaOpened } from './media.store';
export { MediaLightboxHost } from './MediaLightboxHost';
