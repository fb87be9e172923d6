import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { HubError } from '../../domain/errors.js';
import { type AddressCategory, CATEGORY_WORDS, classifyAddress } from './addressRanges.js';
import { FetchError } from './fetchError.js';
import { formatIp, type IpBytes, inNetwork, parseCidr, parseIp } from './ipAddress.js';

/** The setting through which an operator lets the hub fetch from private networks. */
export const ALLOW_PRIVATE_SETTING = 'MIGRATION_HUB_ALLOW_PRIVATE';

/** The operator's exceptions to the guard: host names, IP addresses and CIDR networks. */
export class AllowList {
  private readonly hosts = new Set<string>();
  private readonly networks: { base: IpBytes; prefix: number }[] = [];

  /** Throws a HubError ('invalid_setting') naming the first entry that is none of the three. */
  constructor(entries: readonly string[] = []) {
    for (const raw of entries) {
      const entry = raw.trim();
      if (entry === '') continue;
      const network = entry.includes('/') ? parseCidr(entry) : undefined;
      const ip = network ? undefined : parseIp(entry);
      if (network) this.networks.push(network);
      else if (ip) this.networks.push({ base: ip, prefix: ip.length * 8 });
      else if (!entry.includes('/') && /^[\p{L}\p{N}._-]+$/u.test(entry)) this.hosts.add(normalizeHost(entry));
      else {
        throw new HubError(
          'invalid_setting',
          `${ALLOW_PRIVATE_SETTING}: "${entry}" is not a host name, an IP address or a network such as 10.0.0.0/8.`,
        );
      }
    }
  }

  /** Whether the operator named this host, so every address it resolves to is allowed. */
  allowsHost(hostname: string): boolean {
    return this.hosts.has(normalizeHost(hostname));
  }

  allowsAddress(address: IpBytes): boolean {
    return this.networks.some((network) => inNetwork(address, network.base, network.prefix));
  }
}

/** A reason not to connect: the address and what kind of network it belongs to. */
export interface Refusal {
  address: string;
  category: AddressCategory;
}

/** Judges an address reached for `hostname`: a Refusal when it is not public and not allowed, else undefined. */
export function judgeAddress(hostname: string, address: string, allow: AllowList): Refusal | undefined {
  if (allow.allowsHost(hostname)) return undefined;
  const bytes = parseIp(address);
  // Something that is not an address cannot be connected to; refuse rather than guess.
  if (!bytes) return { address, category: 'reserved' };
  const category = classifyAddress(bytes);
  if (!category || allow.allowsAddress(bytes)) return undefined;
  return { address: formatIp(bytes), category };
}

/**
 * Checks what can be checked before any connection: the scheme, and the address when the host is written as an
 * IP address (in any spelling). Host names are checked when they are looked up (see guardedLookup).
 */
export function checkUrl(url: URL, allow: AllowList, label: string): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'unsupported_scheme',
      `${label}: only web addresses (http and https) can be fetched, not ${url.protocol.replace(/:$/, '')} addresses.`,
    );
  }
  if (url.hostname === '') throw new FetchError('invalid_url', `${label}: the address has no host name.`);
  if (!parseIp(url.hostname)) return;
  const refusal = judgeAddress(url.hostname, url.hostname, allow);
  if (refusal) throw blockedAddress(label, undefined, refusal);
}

/**
 * A DNS lookup for http.request that checks every address a host name resolves to and refuses the whole request
 * when any of them is not public. The connection then goes to an address checked here, so a DNS answer that
 * changes between check and connect (DNS rebinding) cannot slip through.
 */
export function guardedLookup(allow: AllowList, label: string): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      for (const { address } of addresses) {
        const refusal = judgeAddress(hostname, address, allow);
        if (refusal) return callback(blockedAddress(label, hostname, refusal), '');
      }
      if (options.all) callback(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}

function blockedAddress(label: string, hostname: string | undefined, refusal: Refusal): FetchError {
  const what = CATEGORY_WORDS[refusal.category];
  const target = hostname ? `${hostname}, which leads to ${what}` : what;
  return new FetchError(
    'blocked_address',
    `${label}: refused to fetch ${target} (${refusal.address}). An operator can allow it with ${ALLOW_PRIVATE_SETTING}.`,
  );
}

// The URL parser lower-cases and punycodes names, so "Bücher.Example" matches the host of a URL written either way.
function normalizeHost(host: string): string {
  const bare = host.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  try {
    return new URL(`http://${bare}/`).hostname;
  } catch {
    return bare.toLowerCase();
  }
}
