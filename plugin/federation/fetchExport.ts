import {decodeExport, parseJsonText, withoutBom} from './jsonText';
import {formatSeconds, tooLarge} from './limits';

export type FetchParams = {timeout: number; maxBytes: number; etag: string | null; lastModified: string | null};

export type FetchResult =
  | {kind: 'fresh'; json: unknown; bytes: Uint8Array; etag: string | null; lastModified: string | null}
  /** 304: the copy whose validators were sent is still current. */
  | {kind: 'not-modified'}
  | {kind: 'failed'; reason: string};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why the hub will not fetch this address, or null. Plain http could be
 * changed on the way, so only https is read, except on loopback, where a
 * test or a local preview serves exports.
 */
export function refusedUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return null;
  }
  return url.protocol === 'http:' ? 'plain http is only read from localhost: use https://' : `${url.protocol} addresses are not read: use https://`;
}

/** The body, read no further than `maxBytes`: a source cannot make the build hold more. */
async function boundedBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    return new Uint8Array();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) {
      break;
    }
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** What went wrong with the request, in plain words: `timed out after 10 s`, `connect ECONNREFUSED 127.0.0.1:4000`. */
function failureOf(error: unknown, timeout: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${formatSeconds(timeout)} (federation.timeout)`;
  }
  const cause = error instanceof Error ? (error.cause as {message?: string} | undefined) : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return cause?.message ? `${message}: ${cause.message}` : message;
}

async function request(address: string, {timeout, maxBytes, etag, lastModified}: FetchParams): Promise<FetchResult> {
  const headers: Record<string, string> = {accept: 'application/json'};
  if (etag) {
    headers['if-none-match'] = etag;
  }
  if (lastModified) {
    headers['if-modified-since'] = lastModified;
  }
  // The signal also bounds reading the body: a server that sends slowly times out too.
  const response = await fetch(address, {headers, signal: AbortSignal.timeout(timeout)});
  const redirected = response.redirected ? refusedUrl(response.url) : null;
  if (redirected || response.status === 304 || !response.ok) {
    await response.body?.cancel();
    return redirected
      ? {kind: 'failed', reason: `redirected to an address that is not read: ${redirected}`}
      : response.status === 304 ? {kind: 'not-modified'} : {kind: 'failed', reason: `HTTP ${response.status}`};
  }
  // A declared length over the limit is refused before reading; a missing or false one is caught while reading.
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    return {kind: 'failed', reason: tooLarge(maxBytes)};
  }
  const body = await boundedBody(response, maxBytes);
  if (body === null) {
    return {kind: 'failed', reason: tooLarge(maxBytes)};
  }
  const parsed = parseJsonText(decodeExport(body));
  if (!parsed.ok) {
    return {kind: 'failed', reason: parsed.reason};
  }
  return {kind: 'fresh', json: parsed.value, bytes: withoutBom(body), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified')};
}

/**
 * Fetches one export over https (or http on loopback), once, within the
 * timeout and the size limit, sending the cached copy's validators so that
 * an unchanged export costs a 304. Never throws: every failure is a reason.
 */
export async function fetchExport(address: string, params: FetchParams): Promise<FetchResult> {
  const refused = refusedUrl(address);
  if (refused) {
    return {kind: 'failed', reason: refused};
  }
  try {
    return await request(address, params);
  } catch (error) {
    return {kind: 'failed', reason: failureOf(error, params.timeout)};
  }
}
