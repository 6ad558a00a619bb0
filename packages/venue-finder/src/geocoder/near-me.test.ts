import { expect } from '@open-wc/testing';
import { LocateError, locateMe, locateMessages } from './index.js';

type Success = (position: GeolocationPosition) => void;
type Failure = (error: GeolocationPositionError) => void;

/** A fake Geolocation that answers with `answer` (after `delayMs`) and records its options. */
function fakeGeolocation(answer: (ok: Success, fail: Failure) => void, delayMs = 0) {
  const calls: Array<PositionOptions | undefined> = [];
  const geolocation = {
    getCurrentPosition(ok: Success, fail?: Failure | null, options?: PositionOptions) {
      calls.push(options);
      setTimeout(() => answer(ok, fail!), delayMs);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  } as unknown as Geolocation;
  return { geolocation, calls };
}

const position = (latitude: unknown, longitude: unknown, accuracy: unknown = 25) =>
  ({ coords: { latitude, longitude, accuracy }, timestamp: Date.now() }) as unknown as GeolocationPosition;
const failure = (code: number) => ({ code, message: 'x', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as GeolocationPositionError;

async function rejection(promise: Promise<unknown>): Promise<LocateError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LocateError);
    return error as LocateError;
  }
  throw new Error('expected a rejection');
}

describe('locateMe', () => {
  it('resolves the position with its accuracy, asking for a coarse fix by default', async () => {
    const { geolocation, calls } = fakeGeolocation((ok) => ok(position(45.7665, 4.8812, 30)));
    expect(await locateMe({ geolocation })).to.deep.equal({ lat: 45.7665, lon: 4.8812, accuracy: 30 });
    expect(calls[0]).to.deep.equal({ enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 });
  });

  it('passes timeoutMs, maximumAgeMs and enableHighAccuracy', async () => {
    const { geolocation, calls } = fakeGeolocation((ok) => ok(position(-21.342, 55.478)));
    const where = await locateMe({ geolocation, timeoutMs: 3000, maximumAgeMs: 0, enableHighAccuracy: true });
    expect(where.lat).to.equal(-21.342); // La Réunion
    expect(calls[0]).to.deep.equal({ enableHighAccuracy: true, timeout: 3000, maximumAge: 0 });
  });

  it('explains, in French, a refusal, an unavailable position and a timeout', async () => {
    const cases = [[1, 'denied'], [2, 'unavailable'], [3, 'timeout'], [99, 'unavailable']] as const;
    for (const [code, kind] of cases) {
      const { geolocation } = fakeGeolocation((_ok, fail) => fail(failure(code)));
      const error = await rejection(locateMe({ geolocation }));
      expect(error.kind).to.equal(kind);
      expect(error.message).to.equal(locateMessages[kind]);
    }
    expect(locateMessages.denied).to.match(/autorisé/);
    expect(locateMessages.timeout).to.match(/trop de temps/);
  });

  it('rejects as unsupported without a Geolocation API, or when it throws', async () => {
    expect((await rejection(locateMe({ geolocation: null }))).kind).to.equal('unsupported');
    expect((await rejection(locateMe({ geolocation: {} as Geolocation }))).kind).to.equal('unsupported');
    const throwing = { getCurrentPosition() { throw new DOMException('insecure', 'SecurityError'); } } as unknown as Geolocation;
    const error = await rejection(locateMe({ geolocation: throwing }));
    expect(error.kind).to.equal('unsupported');
    expect(error.message).to.equal(locateMessages.unsupported);
  });

  it('rejects an impossible position as unavailable; an odd accuracy becomes Infinity', async () => {
    for (const [lat, lon] of [[91, 2], [45, 181], [Number.NaN, 2], ['45', '2'], [undefined, undefined]]) {
      const { geolocation } = fakeGeolocation((ok) => ok(position(lat, lon)));
      expect((await rejection(locateMe({ geolocation }))).kind).to.equal('unavailable');
    }
    const { geolocation } = fakeGeolocation((ok) => ok(position(48.85, 2.35, -1)));
    expect((await locateMe({ geolocation })).accuracy).to.equal(Infinity);
  });

  it('stops waiting when the signal aborts, and ignores a late answer', async () => {
    const { geolocation } = fakeGeolocation((ok) => ok(position(48.85, 2.35)), 100);
    const controller = new AbortController();
    const pending = locateMe({ geolocation, signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(error.kind).to.equal('aborted');
    const { geolocation: never, calls } = fakeGeolocation(() => undefined);
    expect((await rejection(locateMe({ geolocation: never, signal: AbortSignal.abort() }))).kind).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it('uses translated messages', async () => {
    const { geolocation } = fakeGeolocation((_ok, fail) => fail(failure(1)));
    expect((await rejection(locateMe({ geolocation, messages: { denied: 'Permission denied.' } }))).message).to.equal('Permission denied.');
  });
});
