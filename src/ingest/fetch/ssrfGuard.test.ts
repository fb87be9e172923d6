import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { describe, it } from 'node:test';
import { HubError } from '../../domain/errors.js';
import type { AddressCategory } from './addressRanges.js';
import { FetchError } from './fetchError.js';
import { formatIp, parseIp } from './ipAddress.js';
import { AllowList, checkUrl, guardedLookup, judgeAddress } from './ssrfGuard.js';

const none = new AllowList();
const categoryOf = (address: string, allow = none) => judgeAddress('example.org', address, allow)?.category;

describe('reading IP addresses in every spelling a URL accepts', () => {
  const loopbackSpellings = [
    '127.0.0.1',
    '2130706433',
    '0177.0.0.1',
    '0x7f.0.0.1',
    '0x7f000001',
    '127.1',
    '017700000001',
  ];
  for (const spelling of loopbackSpellings) {
    it(`reads ${spelling} as 127.0.0.1`, () => {
      const bytes = parseIp(spelling);
      assert.ok(bytes);
      assert.equal(formatIp(bytes), '127.0.0.1');
    });
  }

  it('folds IPv4-mapped IPv6 to IPv4 and compresses IPv6', () => {
    assert.equal(formatIp(parseIp('::ffff:127.0.0.1')!), '127.0.0.1');
    assert.equal(formatIp(parseIp('[::ffff:a9fe:a9fe]')!), '169.254.169.254');
    assert.equal(formatIp(parseIp('0:0:0:0:0:0:0:1')!), '::1');
    assert.equal(formatIp(parseIp('FE80:0::1')!), 'fe80::1');
  });

  it('does not take host names for addresses', () => {
    for (const host of ['localhost', 'example.org', '1.2.3.example', '']) assert.equal(parseIp(host), undefined);
  });
});

describe('classifying addresses', () => {
  const blocked: [string, AddressCategory][] = [
    ['127.0.0.1', 'loopback'],
    ['127.0.0.2', 'loopback'],
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['::ffff:192.168.1.1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0xa9fea9fe', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['::127.0.0.1', 'reserved'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::', 'loopback'],
  ];
  for (const [address, category] of blocked) {
    it(`refuses ${address} as ${category}`, () => assert.equal(categoryOf(address), category));
  }

  const open = ['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'];
  for (const address of [...open, '64:ff9b::808:808']) {
    it(`lets public ${address} through`, () => assert.equal(categoryOf(address), undefined));
  }
});

describe('the operator allow-list', () => {
  it('allows an exact address in any spelling, and nothing next to it', () => {
    const allow = new AllowList(['127.0.0.1']);
    assert.equal(categoryOf('127.0.0.1', allow), undefined);
    assert.equal(categoryOf('2130706433', allow), undefined);
    assert.equal(categoryOf('::ffff:127.0.0.1', allow), undefined);
    assert.equal(categoryOf('127.0.0.2', allow), 'loopback');
    assert.equal(categoryOf('::1', allow), 'loopback');
  });

  it('allows networks written as CIDR', () => {
    const allow = new AllowList(['10.0.0.0/8', 'fd00::/8', '::ffff:192.168.0.0/112']);
    assert.equal(categoryOf('10.20.30.40', allow), undefined);
    assert.equal(categoryOf('fd00::5', allow), undefined);
    assert.equal(categoryOf('192.168.3.4', allow), undefined);
    assert.equal(categoryOf('192.169.0.1', allow), undefined, 'public anyway');
    assert.equal(categoryOf('172.16.0.1', allow), 'private');
    assert.equal(categoryOf('fc00::1', allow), 'private');
  });

  it('allows every address of a named host, whatever its case', () => {
    const allow = new AllowList(['Intranet.Example']);
    assert.equal(judgeAddress('intranet.example', '10.1.1.1', allow), undefined);
    assert.equal(judgeAddress('intranet.example.', '10.1.1.1', allow), undefined);
    assert.equal(judgeAddress('other.example', '10.1.1.1', allow)?.category, 'private');
  });

  it('rejects entries that are neither host, address nor network', () => {
    for (const entry of ['10.0.0.0/33', 'not a host', '10.0.0.0/x', 'http://x/']) {
      assert.throws(
        () => new AllowList([entry]),
        (error: unknown) => error instanceof HubError && error.code === 'invalid_setting',
        entry,
      );
    }
  });
});

describe('checking a URL before connecting', () => {
  const refusal = (url: string, allow = none): FetchError => {
    try {
      checkUrl(new URL(url), allow, url);
    } catch (error) {
      assert.ok(error instanceof FetchError);
      return error;
    }
    assert.fail(`${url} was not refused`);
  };

  it('names the URL, the kind of address, and the setting that allows it', () => {
    assert.equal(
      refusal('http://10.0.0.5/feed').message,
      'http://10.0.0.5/feed: refused to fetch a private-network address (10.0.0.5). ' +
        'An operator can allow it with MIGRATION_HUB_ALLOW_PRIVATE.',
    );
  });

  const oddSpellings = [
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://0x7f.0.0.1/',
    'http://0x7f000001/',
    'http://127.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
    'http://169.254.169.254/latest/meta-data/',
    'https://0251.0376.0251.0376/',
    'http://[fe80::1]/',
    'http://0.0.0.0:8080/',
  ];
  for (const url of oddSpellings) {
    it(`refuses ${url}`, () => {
      const error = refusal(url);
      assert.equal(error.code, 'blocked_address');
      assert.ok(error.message.startsWith(url));
    });
  }

  it('refuses schemes other than http and https', () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/feed', 'gopher://example.org/', 'data:text/plain,x']) {
      const error = refusal(url);
      assert.equal(error.code, 'unsupported_scheme');
      assert.match(error.message, /only web addresses \(http and https\)/);
    }
  });

  it('leaves host names to the lookup and lets allowed addresses through', () => {
    assert.doesNotThrow(() => checkUrl(new URL('https://example.org/feed'), none, 'x'));
    assert.doesNotThrow(() => checkUrl(new URL('http://127.0.0.1:8080/'), new AllowList(['127.0.0.1']), 'x'));
  });
});

describe('the guarded DNS lookup', () => {
  const lookup = (allow: AllowList) =>
    new Promise<LookupAddress[]>((resolve, reject) => {
      guardedLookup(allow, 'http://localhost/feed')('localhost', { all: true }, (error, addresses) =>
        error ? reject(error) : resolve(addresses as LookupAddress[]),
      );
    });

  it('refuses a host name that resolves to loopback', async () => {
    await assert.rejects(lookup(none), (error: unknown) => {
      assert.ok(error instanceof FetchError);
      assert.equal(error.code, 'blocked_address');
      assert.match(error.message, /^http:\/\/localhost\/feed: refused to fetch localhost, which leads to this machine/);
      return true;
    });
  });

  it('resolves it when the operator allows the host', async () => {
    const addresses = await lookup(new AllowList(['localhost']));
    assert.ok(addresses.length > 0);
  });
});
