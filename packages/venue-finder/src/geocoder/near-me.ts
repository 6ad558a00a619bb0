/**
 * "Près de moi": the device position through the Geolocation API. Issue #4.
 *
 * Privacy: the browser asks the user for permission, and the position is personal data. Call
 * `locateMe()` **only from a user action** (a click on "Près de moi"), never on load; the position
 * is returned to the caller and sent nowhere by this module.
 */

export type LocateErrorKind = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'aborted';

/** French default messages, one per error kind. */
export const locateMessages = {
  denied: 'Vous n’avez pas autorisé l’accès à votre position. Saisissez une adresse ou une commune à la place.',
  unavailable: 'Votre position n’a pas pu être déterminée. Saisissez une adresse ou une commune à la place.',
  timeout: 'La recherche de votre position a pris trop de temps. Réessayez ou saisissez une adresse.',
  unsupported: 'Ce navigateur ne permet pas de trouver votre position. Saisissez une adresse ou une commune.',
  aborted: 'Recherche de votre position annulée.',
} as const;

export type LocateMessages = { [K in keyof typeof locateMessages]: string };

/** A failed location. `message` is French and can be shown as is. */
export class LocateError extends Error {
  override readonly name = 'LocateError';
  readonly kind: LocateErrorKind;

  constructor(kind: LocateErrorKind, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.kind = kind;
  }
}

export interface DevicePosition {
  readonly lat: number;
  readonly lon: number;
  /** Radius of uncertainty in metres. */
  readonly accuracy: number;
}

export interface LocateOptions {
  /** Geolocation API to use (tests inject one). Default `navigator.geolocation`. */
  geolocation?: Geolocation | null;
  /**
   * Time limit once permission is given (the browser does not count the time the permission prompt
   * is open). Default 10 000 ms.
   */
  timeoutMs?: number;
  /** Accept a cached position this recent. Default 60 000 ms. */
  maximumAgeMs?: number;
  /** Ask for GPS-grade precision (slower, more battery). Default false: a town-level fix is enough. */
  enableHighAccuracy?: boolean;
  /** Stops waiting (rejects with kind `'aborted'`). */
  signal?: AbortSignal;
  /** Messages, to translate. */
  messages?: Partial<LocateMessages>;
}

// GeolocationPositionError codes (constants, so that fakes without the class work too).
const PERMISSION_DENIED = 1;
const POSITION_UNAVAILABLE = 2;
const TIMEOUT = 3;

/**
 * The device position. **Call only on a user click** ("Près de moi"): it opens the browser's
 * permission prompt, and a position must never be requested without a user action.
 * Rejects with a `LocateError` (French message) when permission is denied, the position is
 * unavailable, the time limit passes, the API is missing (or the page is not a secure context),
 * or `signal` aborts.
 */
export function locateMe(options: LocateOptions = {}): Promise<DevicePosition> {
  const messages: LocateMessages = { ...locateMessages, ...options.messages };
  const fail = (kind: LocateErrorKind, cause?: unknown) => new LocateError(kind, messages[kind], cause);
  const geolocation =
    'geolocation' in options ? options.geolocation : (globalThis.navigator as Navigator | undefined)?.geolocation;
  const timeout = typeof options.timeoutMs === 'number' && options.timeoutMs > 0 ? options.timeoutMs : 10_000;
  const maximumAge = typeof options.maximumAgeMs === 'number' && options.maximumAgeMs >= 0 ? options.maximumAgeMs : 60_000;
  const { signal } = options;

  return new Promise<DevicePosition>((resolve, reject) => {
    if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
      reject(fail('unsupported'));
      return;
    }
    if (signal?.aborted) {
      reject(fail('aborted'));
      return;
    }
    let settled = false;
    const onAbort = () => finish(() => reject(fail('aborted')));
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      action();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      geolocation.getCurrentPosition(
        (position) =>
          finish(() => {
            const { latitude, longitude, accuracy } = position?.coords ?? ({} as GeolocationCoordinates);
            if (
              typeof latitude !== 'number' || typeof longitude !== 'number' ||
              !Number.isFinite(latitude) || !Number.isFinite(longitude) ||
              Math.abs(latitude) > 90 || Math.abs(longitude) > 180
            ) {
              reject(fail('unavailable'));
              return;
            }
            const metres = typeof accuracy === 'number' && Number.isFinite(accuracy) && accuracy >= 0 ? accuracy : Infinity;
            resolve(Object.freeze({ lat: latitude, lon: longitude, accuracy: metres }));
          }),
        (error) =>
          finish(() => {
            const code = (error as { code?: unknown } | null)?.code;
            if (code === PERMISSION_DENIED) reject(fail('denied', error));
            else if (code === TIMEOUT) reject(fail('timeout', error));
            else if (code === POSITION_UNAVAILABLE) reject(fail('unavailable', error));
            else reject(fail('unavailable', error));
          }),
        { enableHighAccuracy: options.enableHighAccuracy ?? false, timeout, maximumAge },
      );
    } catch (error) {
      // Some browsers throw (e.g. SecurityError in an insecure context or a sandboxed frame).
      finish(() => reject(fail('unsupported', error)));
    }
  });
}
