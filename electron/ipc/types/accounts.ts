import { z } from 'zod';

/** How an account's token is kept on this machine. */
export const tokenStorageSchema = z.enum([
  'protected', // encrypted by the OS keychain (safeStorage)
  'unprotected', // the OS offers no keychain (Linux basic_text) and the user accepted that
  'session', // kept in memory for this run only
]);
export type TokenStorage = z.output<typeof tokenStorageSchema>;

/** What the renderer knows about a signed-in account. Never holds the token. */
export interface AccountSummary {
  /** Local id, stable across restarts: `<remote account id>@<instance host>`. */
  id: string;
  instanceUrl: string;
  instanceTitle: string;
  /** The account's id on its instance. */
  remoteId: string;
  username: string;
  /** Full handle without the leading @: `alice@mastodon.social`. */
  acct: string;
  displayName: string;
  avatarUrl: string;
  avatarStaticUrl: string;
  /** `needs_sign_in` after a 401: the token was revoked elsewhere; columns are kept. */
  status: 'active' | 'needs_sign_in';
  isDefault: boolean;
  storage: TokenStorage;
  /** Accent colour shown on this account's columns and buttons (#rrggbb). */
  color: string;
}

/** What the sign-in screen shows before the user commits to an instance. */
export interface InstancePreview {
  /** Canonical base URL, e.g. `https://mastodon.social`. */
  url: string;
  domain: string;
  title: string;
  description: string;
  iconUrl: string | undefined;
  thumbnailUrl: string | undefined;
  version: string;
  /** Whether the server advertises PKCE (S256) in /.well-known/oauth-authorization-server. */
  supportsPkce: boolean;
  /** A user handle the input named (`@user@host`), to prefill the login form. */
  username: string | undefined;
}

export interface SignInStarted {
  flowId: string;
  /** The page opened in the system browser, shown so the user can copy it if no browser appeared. */
  authorizeUrl: string;
  /** `loopback`: the browser comes back by itself; `oob`: the user pastes the code the server shows. */
  redirect: 'loopback' | 'oob';
}

export interface VaultStatus {
  /** False when tokens would be stored without real protection (Linux without a keychain). */
  protected: boolean;
}

export interface AccountToken {
  accountId: string;
  instanceUrl: string;
  accessToken: string;
}

export const instanceInputSchema = z.object({ instance: z.string().trim().min(1).max(300) });

export const signInStartSchema = z.object({
  instance: z.string().trim().min(1).max(300),
  /** Ask the server to show its login form even if the browser is signed in (second account). */
  forceLogin: z.boolean().optional(),
  /** Re-authorise this existing account (after a revoked token) instead of adding one. */
  accountId: z.string().min(1).max(400).optional(),
  storage: tokenStorageSchema.optional(),
  /** Skip the loopback listener and go straight to the copy-the-code page. */
  preferOob: z.boolean().optional(),
});
export type SignInStartInput = z.input<typeof signInStartSchema>;

export const flowIdSchema = z.object({ flowId: z.string().min(1).max(100) });
export const submitCodeSchema = z.object({
  flowId: z.string().min(1).max(100),
  code: z.string().trim().min(1).max(500),
});
export const accountIdSchema = z.object({ accountId: z.string().min(1).max(400) });
export const reorderSchema = z.object({ accountIds: z.array(z.string().min(1).max(400)).max(100) });
