import { api, path } from './api.js';
import { readJsonStorage } from './ui.js';

// Who this device is in a workshop: kept in localStorage, so the same person finds themselves in a
// new tab, after the browser restarts, or on the second date weeks later. No account: the token,
// and the personal code that brings them back on another device.

const PREFIX = 'atelier.participant.';

/** {workshopId, participantId, token, rejoinCode?, displayName?} for this workshop on this device, or null. */
export function readIdentity(workshopId) {
  if (!workshopId) {
    return null;
  }
  const kept = readJsonStorage(localStorage, PREFIX + workshopId);
  if (kept?.token) {
    return kept;
  }
  // A tab opened before identities were kept on the device: keep its identity from now on.
  const tab = readJsonStorage(sessionStorage, PREFIX + workshopId);
  if (tab?.token) {
    saveIdentity(tab);
    return tab;
  }
  return null;
}

export function saveIdentity(identity) {
  const earlier = readJsonStorage(localStorage, PREFIX + identity.workshopId) ?? {};
  const kept = { ...earlier, ...identity };
  localStorage.setItem(PREFIX + identity.workshopId, JSON.stringify(kept));
  return kept;
}

/** A removed participant's place is gone: the device forgets it. */
export function forgetIdentity(workshopId) {
  localStorage.removeItem(PREFIX + workshopId);
  sessionStorage.removeItem(PREFIX + workshopId);
}

/** The personal link: the code in the fragment, which browsers never send to the server. */
export function rejoinLink(rejoinCode) {
  return `${window.location.origin}/join.html#rejoin=${encodeURIComponent(rejoinCode)}`;
}

/** The same person again, from their personal code: the identity is kept on this device. */
export async function rejoin(rejoinCode) {
  const code = rejoinCode.trim();
  const back = await api('/api/rejoin', { method: 'POST', body: { rejoinCode: code } });
  return saveIdentity({ workshopId: back.workshopId, participantId: back.participantId, token: back.token, rejoinCode: code });
}

/**
 * Shows the personal link's QR code in an <img>: the code travels in a POST body, never in an
 * address; the picture comes back as an object URL.
 */
export async function showRejoinQr(img, rejoinCode) {
  const response = await fetch('/api/rejoin/qr.svg', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'image/svg+xml' },
    body: JSON.stringify({ rejoinCode }),
    cache: 'no-store',
  });
  if (!response.ok) {
    img.hidden = true;
    return;
  }
  const previous = img.dataset.objectUrl;
  img.src = URL.createObjectURL(await response.blob());
  img.dataset.objectUrl = img.src;
  img.hidden = false;
  if (previous) {
    URL.revokeObjectURL(previous);
  }
}

export function participantPage(workshopId) {
  return path`/participant.html?workshop=${workshopId}`;
}
