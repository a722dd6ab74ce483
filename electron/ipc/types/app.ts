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
  /** Things the user should know about since start-up (e.g. a corrupt settings file was set aside). */
  notices: Notice[];
}
