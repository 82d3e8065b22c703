/**
 * @module The regions whose national phone formats (numbers written without a country code) the PII check
 * knows by default, and the check of a user's `regions:` list.
 */
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';

/**
 * The markets tandem's users and its guides serve: the United States and the large EU and EEA countries
 * whose languages tandem's checks cover (English, German, French, Dutch, Spanish, Italian, Portuguese), the
 * other English-speaking ones (CA IE AU NZ ZA), India and Brazil. Every region added makes more digit runs valid somewhere,
 * so the list stays at the places a support desk meets most; an app elsewhere sets `regions:`.
 */
export const DEFAULT_PHONE_REGIONS = [
  'US',
  'CA',
  'GB',
  'IE',
  'DE',
  'AT',
  'CH',
  'FR',
  'BE',
  'NL',
  'LU',
  'ES',
  'PT',
  'IT',
  'IN',
  'AU',
  'BR',
  'NZ',
  'ZA',
] as const satisfies readonly CountryCode[];

/** Whether libphonenumber-js knows `code` as a region (ISO 3166-1 alpha-2, upper case). */
export function isPhoneRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/** The regions a PII guardrail reads national phone numbers in: its `regions:`, its `country:`, or the default. */
export function phoneRegionsOf(g: { regions?: string[]; country?: string }): readonly CountryCode[] {
  if (g.regions) return g.regions as CountryCode[];
  return g.country ? [g.country as CountryCode] : DEFAULT_PHONE_REGIONS;
}
