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
  const site = parsedSite(siteUrl);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (site === null || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== site.origin || parsed.username !== '' || parsed.password !== '') {
    return null;
  }
  return parsed.pathname === site.base.slice(0, -1) || parsed.pathname.startsWith(site.base) ? parsed.href : null;
}

type ParsedSite = {origin: string; base: string};

// A hub checks 10,000 records' links against a few dozen site addresses:
// each address is parsed once. Bounded, since the addresses come from exports.
const parsedSites = new Map<string, ParsedSite | null>();
const PARSED_SITES_LIMIT = 1000;

function parsedSite(siteUrl: string): ParsedSite | null {
  let site = parsedSites.get(siteUrl);
  if (site === undefined) {
    try {
      const parsed = new URL(siteUrl);
      site = {origin: parsed.origin, base: parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`};
    } catch {
      site = null;
    }
    if (parsedSites.size >= PARSED_SITES_LIMIT) {
      parsedSites.clear();
    }
    parsedSites.set(siteUrl, site);
  }
  return site;
}
