export interface Notice {
  code: string;
  message: string;
  params?: Record<string, string>;
}

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'browser' when the renderer runs in a plain browser (tests, demo). */
  shell: 'electron' | 'browser';
  platform: string;
  /**
   * `available`: the first-run screen may offer "Explore a demo" (the desktop app restarts into it);
   * `active`: this run is the demo, on a throwaway profile with demo accounts; `off`: neither.
   */
  demo: 'off' | 'available' | 'active';
  /** Things the user should know about since start-up (e.g. a corrupt settings file was set aside). */
  notices: Notice[];
}
