// The Management API client: JSON in and out, the antiforgery header on every state-changing request, ProblemDetails
// as ApiError, and a session that timed out is renewed in place (the caller's request is retried after login) so
// unsaved edits survive.

const BASE = '/umbraco/management/api/v1';
let reauthenticate = null;

/** A failed request: status and the server's ProblemDetails. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Request failed (${status})`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** Validation errors by property alias (may be empty). */
  get errors() {
    return this.problem.errors ?? {};
  }
}

/** Called with a function returning a promise that resolves once the user has signed in again. */
export function onSessionExpired(handler) {
  reauthenticate = handler;
}

function xsrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('UMB-XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('UMB-XSRF-TOKEN='.length)) : '';
}

/** Sends a request; resolves with the parsed body (null when empty). */
export async function request(method, path, body, retried = false) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-UMB-XSRF-TOKEN'] = xsrfToken();
  const response = await fetch(BASE + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !retried && reauthenticate && !path.startsWith('/security/') && !path.startsWith('/install/')) {
    await reauthenticate();
    return request(method, path, body, true);
  }

  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { title: text }; }
  }

  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = path => request('GET', path);
export const post = (path, body = {}) => request('POST', path, body);
export const put = (path, body = {}) => request('PUT', path, body);
export const del = path => request('DELETE', path);

/** Query string from an object, skipping empty values; arrays repeat the key. */
export function qs(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const typeCache = new Map();

/** A document type (with properties and data types), cached for the session. */
export async function documentType(id) {
  if (!typeCache.has(id)) typeCache.set(id, get(`/document-type/${id}`));
  return typeCache.get(id);
}

/** Forgets cached document types (after a schema change). */
export function clearTypeCache() {
  typeCache.clear();
}

/** The UDI Umbraco stores for a document key. */
export function documentUdi(key) {
  return `umb://document/${key.replaceAll('-', '')}`;
}

/** The key of a document UDI (with dashes), or null. */
export function udiKey(udi) {
  const match = /^umb:\/\/document\/([0-9a-f]{32})$/i.exec((udi ?? '').trim());
  if (!match) return null;
  const n = match[1].toLowerCase();
  return `${n.slice(0, 8)}-${n.slice(8, 12)}-${n.slice(12, 16)}-${n.slice(16, 20)}-${n.slice(20)}`;
}
