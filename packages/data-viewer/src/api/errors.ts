/**
 * Failures of the open-data APIs, as one class with a stable `code` (for the UI's logic) and a
 * message the UI can show as is (French by default; English and host overrides through `messages`).
 */

export type ApiErrorCode =
  | 'config' // the element's attributes do not describe a usable source (bad base URL, missing id)
  | 'network' // no answer (offline, DNS, CORS refused)
  | 'timeout' // the answer took too long
  | 'rate-limited' // 429, and Retry-After too long (or a second 429)
  | 'not-found' // 404: unknown resource, dataset or table
  | 'http' // any other non-2xx status
  | 'bad-answer' // an answer that is not the JSON shape this API documents
  | 'unsupported' // the query asks for something this API cannot do (search on Tabular, ODS beyond 10 000 rows…)
  | 'aborted'; // cancelled through the AbortSignal: the UI ignores it

export type ApiMessages = Record<ApiErrorCode, string>;

/** French texts (default). `{status}` and `{seconds}` are filled in. */
export const apiMessagesFr: ApiMessages = {
  config: 'La source de données est mal configurée : vérifiez l’adresse de l’API et l’identifiant du jeu de données.',
  network: 'Le service de données est injoignable. Vérifiez votre connexion puis réessayez.',
  timeout: 'Le service de données ne répond pas. Réessayez dans un instant.',
  'rate-limited': 'Trop de demandes envoyées au service de données. Réessayez dans {seconds} s.',
  'not-found': 'Ce jeu de données est introuvable sur le service (erreur 404).',
  http: 'Le service de données a renvoyé une erreur (code {status}). Réessayez plus tard.',
  'bad-answer': 'Le service de données a renvoyé une réponse illisible.',
  unsupported: 'Ce service de données ne permet pas cette recherche ou ce tri.',
  aborted: 'Chargement des données annulé.',
};

export const apiMessagesEn: ApiMessages = {
  config: 'The data source is misconfigured: check the API address and the dataset identifier.',
  network: 'The data service cannot be reached. Check your connection, then try again.',
  timeout: 'The data service does not answer. Try again in a moment.',
  'rate-limited': 'Too many requests sent to the data service. Try again in {seconds} s.',
  'not-found': 'This dataset cannot be found on the service (error 404).',
  http: 'The data service returned an error (code {status}). Try again later.',
  'bad-answer': 'The data service returned an unreadable answer.',
  unsupported: 'This data service does not allow this search or sort.',
  aborted: 'Data loading cancelled.',
};

export interface ApiErrorDetails {
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  /** HTTP status, when the service answered. */
  readonly status?: number;
  /** For `'rate-limited'`: milliseconds before a new request may be sent. */
  readonly retryAfterMs?: number;

  constructor(code: ApiErrorCode, messages: ApiMessages = apiMessagesFr, details: ApiErrorDetails = {}) {
    const seconds = Math.max(1, Math.ceil((details.retryAfterMs ?? 0) / 1000));
    const message = messages[code]
      .replace('{status}', String(details.status ?? ''))
      .replace('{seconds}', String(seconds));
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/** True for a cancelled load: not an error to show. */
export function isAborted(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'aborted';
}
