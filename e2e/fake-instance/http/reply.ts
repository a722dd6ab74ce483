/** What a route hands back; the server turns it into bytes (JSON keys go snake_case on the way out). */
export type Reply =
  | {
      kind: 'json';
      status: number;
      body: unknown;
      headers?: Record<string, string>;
      /** Keys already as on the wire. */ raw?: boolean;
    }
  | { kind: 'html'; status: number; html: string; headers?: Record<string, string> }
  | { kind: 'text'; status: number; text: string; headers?: Record<string, string> }
  | { kind: 'bytes'; status: number; contentType: string; data: Buffer; headers?: Record<string, string> }
  | { kind: 'redirect'; location: string };

export const ok = (body: unknown, headers?: Record<string, string>): Reply => ({
  kind: 'json',
  status: 200,
  body,
  ...(headers ? { headers } : {}),
});

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  kind: 'json',
  status,
  body,
  ...(headers ? { headers } : {}),
});

/** JSON whose keys are part of someone else's schema (NodeInfo, admin API) and must not be renamed. */
export const raw = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body, raw: true });

export const html = (status: number, markup: string): Reply => ({ kind: 'html', status, html: markup });
export const redirect = (location: string): Reply => ({ kind: 'redirect', location });

/** Field-level validation problems, as Mastodon reports them under `details`. */
export type ErrorDetails = Record<string, { error: string; description: string }[]>;

/** Thrown anywhere in a handler; rendered as Mastodon's `{ "error": "..." }` body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Record not found');
export const forbidden = (message = 'This action is not allowed'): HttpError => new HttpError(403, message);

export function unprocessable(message: string, details?: ErrorDetails): HttpError {
  return new HttpError(422, message, details ? { details } : {});
}

/** `Validation failed: Text can't be blank` plus the matching `details` entry. */
export function validationFailed(field: string, code: string, description: string, label = field): HttpError {
  const human = label.charAt(0).toUpperCase() + label.slice(1).replaceAll('_', ' ');
  return unprocessable(`Validation failed: ${human} ${description}`, {
    [field]: [{ error: code, description }],
  });
}
