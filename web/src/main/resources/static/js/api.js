import { noteServerTime } from './clock.js';
import { currentLanguage, hasText, t } from './i18n.js';

// The language of the problems' `detail`: a page in another language never shows them.
const SERVER_LANGUAGE = 'en';

// Statuses worth retrying as they are: the server was not reached, was busy or restarting.
const TRANSIENT_STATUSES = new Set([0, 429, 502, 503, 504]);
// Waits before resending a create call whose answer was lost; its client-chosen id makes the resend harmless.
const CREATE_RETRY_DELAYS_MS = [1000, 2000, 4000];

/**
 * A failed call: `status` is 0 when the server was not reached; `detail` is for a person to read,
 * in the page's language; `problem` is the server's problem+json body as it came.
 */
export class ApiError extends Error {
  constructor(status, detail, problem = null) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.problem = problem;
  }

  get transient() {
    return TRANSIENT_STATUSES.has(this.status);
  }
}

/** Builds a path with every interpolated value encoded: path`/api/workshops/${id}`. */
export function path(strings, ...values) {
  return strings.reduce((built, part, index) =>
    built + part + (index < values.length ? encodeURIComponent(values[index]) : ''), '');
}

/**
 * Calls the API and answers the parsed JSON body (null for an empty answer).
 * Errors are thrown as ApiError carrying the problem's detail (RFC 9457).
 */
export async function api(url, { method = 'GET', token = null, body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Boards change every second; a cached answer would break the version bookkeeping.
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, t('error.network'));
  }
  noteServerTime(response.headers.get('Date'));
  const data = await readJson(response);
  if (!response.ok) {
    throw new ApiError(response.status, problemText(response.status, data), data);
  }
  return data;
}

/** Sends a create call again while the server cannot be reached; its client-chosen id makes that harmless. */
export async function retried(call) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!error.transient || attempt >= CREATE_RETRY_DELAYS_MS.length) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, CREATE_RETRY_DELAYS_MS[attempt]));
    }
  }
}

/**
 * What a person reads for a refusal: the bundle's text for the refusal's `code` (for one field of it
 * first, e.g. problem.InvalidInput.text), else the server's detail when the page speaks its language,
 * else the bundle's text for the status.
 */
export function problemText(status, problem) {
  const code = typeof problem?.code === 'string' ? problem.code : null;
  const field = typeof problem?.field === 'string' ? problem.field : null;
  const keys = code ? [...(field ? [`problem.${code}.${field}`] : []), `problem.${code}`] : [];
  const known = keys.find(hasText);
  if (known) {
    return t(known);
  }
  const detail = typeof problem?.detail === 'string' ? problem.detail.trim() : '';
  if (detail && currentLanguage() === SERVER_LANGUAGE) {
    return detail;
  }
  const byStatus = `problem.status.${status}`;
  return hasText(byStatus) ? t(byStatus) : t('error.status', { status });
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 204 || !type.includes('json')) {
    return null;
  }
  try {
    return await response.json();
  } catch {
    return null;
  }
}
