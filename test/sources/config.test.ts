import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/config.js';
import { pollSettings } from '../../src/jobs/pollSettings.js';

describe('polling settings', () => {
  it('default to polling within 15 minutes and a day, with nothing private allowed', () => {
    const config = loadConfig({});
    assert.deepEqual(
      [config.poll, config.pollMinMinutes, config.pollMaxMinutes, config.allowPrivate],
      ['on', 15, 1440, []],
    );
  });

  it('read the allow-list as a comma list and the bounds as minutes', () => {
    const config = loadConfig({
      MIGRATION_HUB_ALLOW_PRIVATE: ' 127.0.0.1, 10.0.0.0/8 ,,intranet.local',
      MIGRATION_HUB_POLL: 'off',
      MIGRATION_HUB_POLL_MIN_MINUTES: '5',
      MIGRATION_HUB_POLL_MAX_MINUTES: '60',
    });
    assert.deepEqual(config.allowPrivate, ['127.0.0.1', '10.0.0.0/8', 'intranet.local']);
    assert.equal(config.poll, 'off');
    assert.deepEqual(pollSettings(config), {
      fetch: { allowPrivate: ['127.0.0.1', '10.0.0.0/8', 'intranet.local'] },
      bounds: { minMinutes: 5, maxMinutes: 60 },
    });
  });

  it('refuse bounds the wrong way round, a bad switch and a bad allow-list entry', () => {
    assert.throws(
      () => loadConfig({ MIGRATION_HUB_POLL_MIN_MINUTES: '120', MIGRATION_HUB_POLL_MAX_MINUTES: '60' }),
      /MIGRATION_HUB_POLL_MIN_MINUTES: must not be more than/,
    );
    assert.throws(() => loadConfig({ MIGRATION_HUB_POLL: 'sometimes' }), /MIGRATION_HUB_POLL/);
    const config = loadConfig({ MIGRATION_HUB_ALLOW_PRIVATE: 'not a host!' });
    assert.throws(() => pollSettings(config), /MIGRATION_HUB_ALLOW_PRIVATE: "not a host!"/);
  });
});
