import { describe, expect, it } from 'vitest';
import { findPii, luhn, redact, unredact } from './index.js';

// Text, and the kinds (with the matched value) that must be found; [] means nothing may match.
const samples: Array<[string, Array<[string, string]>]> = [
  ['Write to anna.de.vries+orders@example.co.uk please', [['email', 'anna.de.vries+orders@example.co.uk']]],
  ['Call me on +31 20 123 4567 tomorrow', [['phone', '+31 20 123 4567']]],
  ['my number is (415) 555-2671', [['phone', '(415) 555-2671']]],
  ['Card: 4111 1111 1111 1111, exp 12/29', [['card', '4111 1111 1111 1111']]],
  ['charge 5500-0000-0000-0004 now', [['card', '5500-0000-0000-0004']]],
  ['IBAN NL91 ABNA 0417 1643 00 for the refund', [['iban', 'NL91 ABNA 0417 1643 00']]],
  ['pay to DE89370400440532013000', [['iban', 'DE89370400440532013000']]],
  ['SSN 123-45-6789 on file', [['ssn', '123-45-6789']]],
  ['server at 192.168.10.254 is down', [['ip', '192.168.10.254']]],
  ['v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok', [['ip', '2001:0db8:85a3:0000:0000:8a2e:0370:7334']]],
  ['key sk-proj-abcDEF1234567890abcdEF12 leaked', [['secret', 'sk-proj-abcDEF1234567890abcdEF12']]],
  ['aws AKIAIOSFODNN7EXAMPLE here', [['secret', 'AKIAIOSFODNN7EXAMPLE']]],
  ['api_key = "Zx9Qw8Er7Ty6Ui5Op4"', [['secret', 'Zx9Qw8Er7Ty6Ui5Op4']]],
  // Must not match:
  ['Order 1234 5678 9012 3456 shipped', []], // 16 digits that fail the Luhn check
  ['The Classic plan costs 54 EUR per week', []],
  ['Version 4.12.3.1 is out', []], // a version number, not an IP address
  ['NL91 ABNA 0417 1643 01 is a typo', []], // IBAN with a wrong checksum
  ['SSN-like 000-12-3456 is invalid', []],
  ['Use the sk-short token', []],
  ['Email me at the office', []],
  ['Call 555-0100 if you can', []], // too short to be a valid number
];

describe('PII detection', () => {
  for (const [text, expected] of samples) {
    it(`${expected.length ? 'finds' : 'ignores'}: ${text}`, () => {
      expect(findPii(text).map((f) => [f.kind, f.value])).toEqual(expected);
    });
  }

  it('Luhn', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });
});

describe('redaction', () => {
  it('replaces values with numbered placeholders and restores them', () => {
    const text = 'I am ann@example.com, card 4111 1111 1111 1111; again ann@example.com or bob@example.org';
    const { text: red, map } = redact(text, findPii(text));
    expect(red).toBe('I am [EMAIL_1], card [CARD_1]; again [EMAIL_1] or [EMAIL_2]');
    expect(unredact(`Thanks [EMAIL_1], we refunded [CARD_1].`, map)).toBe(
      'Thanks ann@example.com, we refunded 4111 1111 1111 1111.',
    );
    expect(unredact('[EMAIL_9] stays', map)).toBe('[EMAIL_9] stays');
  });

  it('continues numbering across fields of one request', () => {
    const map = new Map<string, string>();
    redact('a@example.com', findPii('a@example.com'), map);
    const second = redact('b@example.com and a@example.com', findPii('b@example.com and a@example.com'), map);
    expect(second.text).toBe('[EMAIL_2] and [EMAIL_1]');
  });
});
