import { isIPv6 } from 'node:net';

/** Expands an IPv6 address to its 8 groups (an embedded dotted IPv4 tail counts as two). */
function groupsOf(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const part = (s: string) =>
    s === '' ? [] : s.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const h = part(head);
  if (!ip.includes('::')) return h;
  const t = part(tail);
  return [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
}

/**
 * The limiter key of a client address: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4),
 * IPv6 by its /64 network, since one subscriber usually holds a whole /64 and could otherwise pick
 * a fresh address per attempt.
 */
export function ipKey(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const prefix = groupsOf(ip.toLowerCase())
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}
