/**
 * Which temporary log links the v2 download may fetch (the link comes from the upstream, so it must
 * not make the BFF a proxy to arbitrary hosts): the ModelArts endpoint's own origin (the emulator
 * serves its OBS files there), or an https link to a host matching the allow-list. An entry with a
 * leading dot (".myhuaweicloud.com") matches any subdomain; without one, exactly that host.
 */
export function isAllowedLogLink(url: URL, modelartsEndpoint: string, hosts: string[]): boolean {
  if (url.username || url.password) return false;
  if (URL.canParse(modelartsEndpoint) && url.origin === new URL(modelartsEndpoint).origin) {
    return true;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((h) => {
    const entry = h.toLowerCase();
    if (entry.startsWith('.')) return host.endsWith(entry) && host.length > entry.length;
    return host === entry;
  });
}
