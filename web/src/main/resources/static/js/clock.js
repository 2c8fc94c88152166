// The server's clock as this browser sees it. A countdown ends at a server instant; reading it with
// each device's own clock would show different times on every screen of the room.
//
// Every server instant received (a live message's `at`, a timer answer's `serverTime`, an HTTP Date
// header) is at or before the moment it arrives, so `instant - arrival` is never above the true
// offset: the largest recent one is the best estimate. Old ones expire, in case this device's clock
// was set forward since.

const KEEP_MS = 5 * 60_000;

let bounds = []; // {offsetMs, takenAt (performance.now())}

/** Notes a server instant (ISO text, or milliseconds) that has just arrived. */
export function noteServerTime(instant) {
  const serverMs = typeof instant === 'number' ? instant : Date.parse(instant ?? '');
  if (!Number.isFinite(serverMs)) {
    return;
  }
  const now = performance.now();
  bounds = bounds.filter((bound) => now - bound.takenAt < KEEP_MS);
  bounds.push({ offsetMs: serverMs - Date.now(), takenAt: now });
}

/** The server's time now, in milliseconds since the epoch; this device's own time until the server spoke. */
export function serverNow() {
  if (bounds.length === 0) {
    return Date.now();
  }
  return Date.now() + Math.max(...bounds.map((bound) => bound.offsetMs));
}

/** Milliseconds left on a board's timer, or null without one. Never below zero. */
export function remainingMs(timer) {
  if (!timer) {
    return null;
  }
  if (timer.state === 'RUNNING') {
    const endsAt = Date.parse(timer.endsAt ?? '');
    return Number.isFinite(endsAt) ? Math.max(0, endsAt - serverNow()) : null;
  }
  return Math.max(0, (timer.remainingSeconds ?? 0) * 1000);
}
