/**
 * @module IP addresses (v4 and v6), and the dotted numbers that are not one: versions (`v1.2.3.4`,
 * `Chrome 120.0.6099.129`), section numbers (`section 4.2.1.3`) and OIDs (`1.3.6.1.4.1.311`).
 */
import { type Match, matchesOf } from './kinds.js';

// Octets without leading zeros, and no fifth group: `06.12.34.56.78` is a French phone, `1.3.6.1.4` an OID.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const H = '[0-9a-f]{1,4}';
const IPV6 = new RegExp(
  `(?<![\\w:])(?:(?:${H}:){7}${H}|(?:${H}:){1,6}:(?:${H}:){0,5}${H}|(?:${H}:){1,7}:|::(?:${H}:){0,6}${H})(?![\\w:])`,
  'gi',
);
// Words after which a dotted number names a version, a part of a document or an object, not a host: also
// when several follow ("chapter 4.2.1.3 or 4.2.1.4") or a slash joins them ("Chrome/120.0.0.0"). Each number
// in the list ends at a separator, so a long digit run cannot make the test backtrack.
const NOT_AN_ADDRESS =
  /(?<![\p{L}])(?:version|ver|v|release|build|firmware|driver|update|chapter|section|sect|§|table|figure|fig|clause|paragraph|para|article|art|rule|step|item|oid|chrome|firefox|edge|safari|opera|android|ios|windows|macos|node|python)\.?:?[\s/]*(?:\d+(?:\.\d+)*(?:\s*(?:,|or|and|to|&|-|–|\/)\s*|\s+))*$/iu;

const afterNonAddressWord = (text: string, at: number) =>
  NOT_AN_ADDRESS.test(text.slice(Math.max(0, at - 48), at));

/** IPv4 and IPv6 addresses in `text`. */
export function findIps(text: string): Match[] {
  return [
    ...matchesOf(text, IPV4, (m) => !afterNonAddressWord(text, m.index)),
    ...matchesOf(text, IPV6, (m) => /\d/.test(m[0]) && m[0].includes(':')),
  ];
}
