import { type IpBytes, inNetwork, parseCidr } from './ipAddress.js';

/** Why an address is not on the public internet. */
export type AddressCategory =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved';

/** How each category reads in a sentence: "refused to fetch <words> (10.0.0.5)". */
export const CATEGORY_WORDS: Record<AddressCategory, string> = {
  loopback: "this machine's own (loopback) address",
  private: 'a private-network address',
  'link-local': 'a link-local address (such as a cloud metadata service)',
  shared: 'a carrier-grade NAT (shared) address',
  unspecified: 'an unspecified ("this network") address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address that is not on the public internet',
};

type Rule = { network: string; category: AddressCategory } | { network: string; embedsIpv4At: number };

// First match wins, so narrower networks come before the wider ones that contain them.
const RULES: Rule[] = [
  { network: '0.0.0.0/8', category: 'unspecified' },
  { network: '10.0.0.0/8', category: 'private' },
  { network: '100.64.0.0/10', category: 'shared' },
  { network: '127.0.0.0/8', category: 'loopback' },
  { network: '169.254.0.0/16', category: 'link-local' },
  { network: '172.16.0.0/12', category: 'private' },
  { network: '192.0.0.0/24', category: 'reserved' },
  { network: '192.0.2.0/24', category: 'reserved' },
  { network: '192.168.0.0/16', category: 'private' },
  { network: '198.18.0.0/15', category: 'reserved' },
  { network: '198.51.100.0/24', category: 'reserved' },
  { network: '203.0.113.0/24', category: 'reserved' },
  { network: '224.0.0.0/4', category: 'multicast' },
  { network: '255.255.255.255/32', category: 'broadcast' },
  { network: '240.0.0.0/4', category: 'reserved' },
  { network: '::/128', category: 'unspecified' },
  { network: '::1/128', category: 'loopback' },
  // IPv4-compatible addresses (::a.b.c.d) are obsolete; nothing public lives there.
  { network: '::/96', category: 'reserved' },
  // NAT64 and 6to4 carry an IPv4 address inside; DNS64 networks hand these out for ordinary sites.
  { network: '64:ff9b::/96', embedsIpv4At: 12 },
  { network: '64:ff9b:1::/48', category: 'private' },
  { network: '100::/64', category: 'reserved' },
  { network: '2001:db8::/32', category: 'reserved' },
  { network: '2002::/16', embedsIpv4At: 2 },
  { network: 'fc00::/7', category: 'private' },
  { network: 'fe80::/10', category: 'link-local' },
  { network: 'fec0::/10', category: 'private' },
  { network: 'ff00::/8', category: 'multicast' },
];

const COMPILED = RULES.map((rule) => {
  const cidr = parseCidr(rule.network);
  if (!cidr) throw new Error(`bad network in the address table: ${rule.network}`);
  return { ...rule, ...cidr };
});

/** The category of a non-public address, or undefined for an address on the public internet. */
export function classifyAddress(address: IpBytes): AddressCategory | undefined {
  for (const rule of COMPILED) {
    if (!inNetwork(address, rule.base, rule.prefix)) continue;
    if ('category' in rule) return rule.category;
    return classifyAddress(address.slice(rule.embedsIpv4At, rule.embedsIpv4At + 4));
  }
  return undefined;
}
