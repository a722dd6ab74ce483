import base from '../electron.vite.config';

/** The app's own build configuration, plus a manifest so the bundle figures can name each chunk. */
export default {
  ...base,
  renderer: { ...base.renderer, build: { ...base.renderer?.build, manifest: true } },
};
