/** English catalog: the reference every other language must match key for key (see catalog.ts). */
export const en = {
  app: {
    name: 'Pouet',
    tagline: 'Your fediverse, in columns.',
  },
  sidebar: {
    label: 'Accounts and actions',
    addAccount: 'Add an account',
    settings: 'Settings',
    noAccounts: 'No account yet',
  },
  deck: {
    label: 'Deck',
    emptyTitle: 'Welcome to Pouet',
    emptyBody:
      'Read your home timeline, notifications, local and federated feeds, hashtags and lists side by side, live and in order. No ads, no algorithm.',
    signIn: 'Sign in to an instance',
    signInHint:
      'Mastodon and compatible servers. You sign in with your browser; Pouet never sees your password.',
  },
  settings: {
    title: 'Settings',
    close: 'Close settings',
    appearance: 'Appearance',
    theme: 'Theme',
    themeSystem: 'Follow the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    languageSystem: 'Follow the system',
    reduceMotion: 'Reduce motion (no animated avatars or emoji)',
    saveFailed: 'Your settings could not be saved: {{message}}',
  },
  notices: {
    dismiss: 'Dismiss',
    file_corrupt:
      'Your {{label}} file could not be read, so Pouet started with defaults. The old file was kept at {{path}}.',
  },
  errors: {
    title: 'Something went wrong',
    body: 'This part of Pouet stopped working. Your accounts and drafts are safe.',
    retry: 'Try again',
    details: 'Details',
    noShell: 'Pouet must be opened from its desktop app.',
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every catalog must have: same keys as English, any text. */
export type Catalog = Strings<typeof en>;
