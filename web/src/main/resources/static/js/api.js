import { noteServerTime } from './clock.js';
import { t } from './i18n.js';

// Statuses worth retrying as they are: the server was not reached, was busy or restarting.
const TRANSIENT_STATUSES = new Set([0, 429, 502, 503, 504]);

/** A failed call: `status` is 0 when the server was not reached; `detail` is for a person to read. */
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
    const detail = typeof data?.detail === 'string' && data.detail.trim()
      ? data.detail
      : t('error.status', { status: response.status });
    throw new ApiError(response.status, detail, data);
  }
  return data;
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
