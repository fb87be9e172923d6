/** An IP address as bytes: 4 for IPv4 (IPv4-mapped IPv6 is folded to IPv4), 16 for IPv6. */
export type IpBytes = Uint8Array;

/**
 * Reads an IP address in any spelling a URL accepts — decimal `2130706433`, octal `0177.0.0.1`, hex `0x7f.1`,
 * short `127.1`, full-width digits, bracketed or bare IPv6 — or returns undefined for a host name.
 * The WHATWG URL parser is the reference here because it is what decides where a URL goes.
 */
export function parseIp(text: string): IpBytes | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const bare = trimmed.replace(/^\[(.*)\]$/, '$1');
  // Anything that would end the host part of a URL means this is not a bare address.
  if (/[/?#@\\\s]/.test(bare)) return undefined;
  const candidate = bare.includes(':') ? `[${bare}]` : bare;
  let hostname: string;
  try {
    hostname = new URL(`http://${candidate}/`).hostname;
  } catch {
    return undefined;
  }
  if (hostname.startsWith('[')) return foldMapped(ipv6Bytes(hostname.slice(1, -1)));
  const parts = hostname.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return undefined;
  return Uint8Array.from(parts.map(Number));
}

/** The usual text form: dotted decimal for IPv4, compressed hex for IPv6. */
export function formatIp(bytes: IpBytes): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

/** Whether the address lies in the network `base/prefix` (both of the same family). */
export function inNetwork(address: IpBytes, base: IpBytes, prefix: number): boolean {
  if (address.length !== base.length) return false;
  let bits = prefix;
  for (let i = 0; i < address.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((address[i] ?? 0) & mask) !== ((base[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** Reads `address/prefix`; undefined when either part is not valid. */
export function parseCidr(text: string): { base: IpBytes; prefix: number } | undefined {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return undefined;
  const prefixText = text.slice(slash + 1).trim();
  const base = parseIp(text.slice(0, slash));
  if (!base || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  // An IPv4-mapped IPv6 network (::ffff:10.0.0.0/104) was folded to IPv4, so its prefix shrinks by 96 bits.
  const folded = base.length === 4 && text.includes(':');
  const effective = folded ? prefix - 96 : prefix;
  if (effective < 0 || effective > base.length * 8) return undefined;
  return { base, prefix: effective };
}

// The serialised form from the URL parser is always hex groups with at most one "::", never a dotted quad.
function ipv6Bytes(text: string): IpBytes {
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = new Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const groups = [...headGroups, ...(tail === undefined ? [] : zeros), ...tailGroups];
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  return bytes;
}

const MAPPED_PREFIX = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]);

// A connection to ::ffff:a.b.c.d goes to the IPv4 host a.b.c.d, so it is judged as that host.
function foldMapped(bytes: IpBytes): IpBytes {
  return MAPPED_PREFIX.every((b, i) => bytes[i] === b) ? bytes.slice(12) : bytes;
}
