import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { DEMO_CORPUS_DIR } from '../../src/app/demoCorpus.js';
import type { Hub } from '../../src/app/hub.js';
import { openHub } from '../../src/app/openHub.js';
import { buildServer } from '../../src/http/buildServer.js';
import { importFiles } from '../../src/pipeline/importFiles.js';
import { browserSkip, launchChromium } from '../support/browser.js';
import { tempDir } from '../support/tempDir.js';

describe('browser: search, filter by objective, open an item', { skip: browserSkip }, () => {
  let hub: Hub;
  let server: FastifyInstance;
  let browser: Browser;
  let baseUrl: string;
  let cleanup: () => Promise<void>;

  before(async () => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    hub = await openHub({ database: path.join(tmp.dir, 'hub.sqlite') });
    const summary = await importFiles(hub.store, [DEMO_CORPUS_DIR]);
    assert.deepEqual(summary.errors, []);
    server = await buildServer(hub, { baseUrl: 'http://127.0.0.1', logger: false });
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    assert.ok(address && typeof address === 'object');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await hub?.close();
    await cleanup?.();
  });

  it('finds "border management", narrows to objective 11 and shows an item with its tags', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('searchbox').first().fill('border management');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/search\?/);
    const totalBefore = await resultCount(page);
    assert.ok(totalBefore > 0, 'the search finds items');

    await page.locator('a[href*="objective=11"]').filter({ hasText: 'Manage borders' }).first().click();
    await page.waitForURL(/objective=11/);
    const totalAfter = await resultCount(page);
    assert.ok(totalAfter > 0 && totalAfter <= totalBefore, `filtered ${totalBefore} → ${totalAfter}`);
    const marks = await page.locator('main mark').allTextContents();
    assert.ok(
      marks.some((m) => /border|management/i.test(m)),
      'snippets highlight the query',
    );

    const firstResult = page.locator('main a[href^="/items/"]').first();
    const title = (await firstResult.textContent())?.trim() ?? '';
    await firstResult.click();
    await page.waitForURL(/\/items\//);
    assert.equal((await page.locator('h1').textContent())?.trim(), title);
    const body = await page.locator('main').textContent();
    assert.match(body ?? '', /Manage borders/);
    assert.match(body ?? '', /because/i, 'the objective tag shows its evidence');
    assert.ok(await page.locator('a[href^="/objectives/11"]').count(), 'objective 11 is a link');
    assert.ok(await page.locator('a[href^="/countries/"]').count(), 'countries are links');
    await page.close();
  });
});

/** The number of results the search page announces ("12 results"). */
async function resultCount(page: import('playwright-core').Page): Promise<number> {
  const text = (await page.locator('main').textContent()) ?? '';
  const match = text.match(/(\d[\d,\s]*)\s+(results?|résultats?|resultados?)/i);
  assert.ok(match, `the page states a result count: ${text.slice(0, 300)}`);
  return Number(match[1]!.replace(/[,\s]/g, ''));
}
