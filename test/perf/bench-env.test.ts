import { describe, expect, it } from 'vitest';
import { childEnv, SLOW_START_SETTINGS } from '../bench/measure.js';

describe('the bench child environment', () => {
  it('drops the settings that slow every Node start and keeps the rest', () => {
    const saved = process.env.NODE_EXTRA_CA_CERTS;
    process.env.NODE_EXTRA_CA_CERTS = '/tmp/some-bundle.pem';
    try {
      const env = childEnv({ VNPRESS_BENCH_RSS: '/tmp/rss' });
      expect(SLOW_START_SETTINGS).toContain('NODE_EXTRA_CA_CERTS');
      expect(env.NODE_EXTRA_CA_CERTS).toBeUndefined();
      expect(env.VNPRESS_BENCH_RSS).toBe('/tmp/rss');
      expect(env.PATH).toBe(process.env.PATH);
      // The process's own environment is left as it was.
      expect(process.env.NODE_EXTRA_CA_CERTS).toBe('/tmp/some-bundle.pem');
    } finally {
      if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = saved;
    }
  });
});
