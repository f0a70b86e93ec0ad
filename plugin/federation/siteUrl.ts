/**
 * The address `url` names, when it is an http(s) address on the source's
 * site: the same origin, no credentials, and a path under the site's own
 * (`https://example.com/payments/` holds `/payments/docs/x`, not
 * `/paymentsx` or `/other`); else null. The one check every link of a
 * remote record passes: an export is untrusted, and a `javascript:` or a
 * look-alike host must never reach a page. The address returned is the
 * parsed one, so a `..` that the check resolved is resolved in the link too.
 */
export function linkUnderSiteUrl(url: string, siteUrl: string): string | null {
  let parsed: URL;
  let site: URL;
  try {
    parsed = new URL(url);
    site = new URL(siteUrl);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== site.origin || parsed.username !== '' || parsed.password !== '') {
    return null;
  }
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  return parsed.pathname === base.slice(0, -1) || parsed.pathname.startsWith(base) ? parsed.href : null;
}
