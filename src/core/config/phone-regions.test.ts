import { describe, expect, it } from 'vitest';
import { guardrailSchema } from './guardrail-schema.js';
import { DEFAULT_PHONE_REGIONS, isPhoneRegion, phoneRegionsOf } from './phone-regions.js';

describe('phone regions', () => {
  it('knows ISO codes in capitals only', () => {
    expect(['US', 'GB', 'PT', 'JP'].map(isPhoneRegion)).toEqual([true, true, true, true]);
    expect(['XX', 'gb', 'GBR', ''].map(isPhoneRegion)).toEqual([false, false, false, false]);
  });

  it('defaults to regions libphonenumber-js knows', () => {
    expect(DEFAULT_PHONE_REGIONS.filter((r) => !isPhoneRegion(r))).toEqual([]);
  });

  it('takes regions:, else country: as a one-region list, else the default', () => {
    const parse = (extra: object) => phoneRegionsOf(guardrailSchema.parse({ check: 'pii', ...extra }));
    expect(parse({ regions: ['JP', 'KR'] })).toEqual(['JP', 'KR']);
    expect(parse({ country: 'PT' })).toEqual(['PT']);
    expect(parse({})).toEqual(DEFAULT_PHONE_REGIONS);
  });
});
