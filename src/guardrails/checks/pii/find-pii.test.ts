import { describe, expect, it } from 'vitest';
import { findPii, luhn, redact, unredact } from './index.js';

const AWS_SECRET = 'Qx7mR2vL9pT4wZ8kN3bH6jC1dF5gS0aY9eU2iO7K';
const GITHUB_TOKEN = 'ghp_R7pQ2xW9mK4tL8vN3bH6jC1dF5gS0aZ9yE2u';

// Text, and the kinds (with the matched value) that must be found, with the default settings.
const samples: Array<[string, Array<[string, string]>]> = [
  ['Write to anna.de.vries+orders@example.co.uk please', [['email', 'anna.de.vries+orders@example.co.uk']]],
  [
    'mail <p.kowalski@outlook.com> or [LUCAS@GMAIL.COM].',
    [
      ['email', 'p.kowalski@outlook.com'],
      ['email', 'LUCAS@GMAIL.COM'],
    ],
  ],
  ['Card: 4111 1111 1111 1111, exp 12/29', [['card', '4111 1111 1111 1111']]],
  ['charge 5500-0000-0000-0004 now', [['card', '5500-0000-0000-0004']]],
  ['Amex 3782 822463 10005 on file', [['card', '3782 822463 10005']]],
  ['IBAN NL91 ABNA 0417 1643 00 for the refund', [['iban', 'NL91 ABNA 0417 1643 00']]],
  ['pay to DE89370400440532013000', [['iban', 'DE89370400440532013000']]],
  ['SSN 123-45-6789 on file', [['ssn', '123-45-6789']]],
  ['my social is 123 45 6789', [['ssn', '123 45 6789']]],
  ['server at 192.168.10.254 is down', [['ip', '192.168.10.254']]],
  ['refused from 10.0.4.17:8443', [['ip', '10.0.4.17']]],
  ['v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok', [['ip', '2001:0db8:85a3:0000:0000:8a2e:0370:7334']]],
  [
    'from 2001:db8::42 and fe80::1ff:fe23:4567:890a',
    [
      ['ip', '2001:db8::42'],
      ['ip', 'fe80::1ff:fe23:4567:890a'],
    ],
  ],
  ['key sk-proj-abcDEF1234567890abcdEF12 leaked', [['secret', 'sk-proj-abcDEF1234567890abcdEF12']]],
  ['aws AKIAIOSFODNN7EXAMPLE here', [['secret', 'AKIAIOSFODNN7EXAMPLE']]],
  [
    `AKIAIOSFODNN7EXAMPLE / ${AWS_SECRET}`,
    [
      ['secret', 'AKIAIOSFODNN7EXAMPLE'],
      ['secret', AWS_SECRET],
    ],
  ],
  ['api_key = "Zx9Qw8Er7Ty6Ui5Op4"', [['secret', 'Zx9Qw8Er7Ty6Ui5Op4']]],
  ['test key sk_test_4eC39HqLyjWDarjtT1zdp7dc', [['secret', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc']]],
  ["Stripe('pk_live_KgqtJEXUeAmjboFkhfHYk6HL')", [['secret', 'pk_live_KgqtJEXUeAmjboFkhfHYk6HL']]],
  [`git clone https://${GITHUB_TOKEN}@github.com/acme/app.git`, [['secret', GITHUB_TOKEN]]],
  ['gho_16C7e42F292c6912E7710c838347Ae178B4a', [['secret', 'gho_16C7e42F292c6912E7710c838347Ae178B4a']]],
  [
    'SLACK=xoxp-2840917263-4028391725163-Qz8WmXr5Tn1Yb7',
    [['secret', 'xoxp-2840917263-4028391725163-Qz8WmXr5Tn1Yb7']],
  ],
  ['maps AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY', [['secret', 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY']]],
  [
    'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    [['secret', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U']],
  ],
  [
    'sk-ant-api03-Zq8Wm3Xr5Tn1Yb7Vk2Lp9Hs4Jd6Fg0Ca-_Qe3Ru5Ti7Oy9Pa1Sd',
    [['secret', 'sk-ant-api03-Zq8Wm3Xr5Tn1Yb7Vk2Lp9Hs4Jd6Fg0Ca-_Qe3Ru5Ti7Oy9Pa1Sd']],
  ],
];

// Hard negatives: each looks like one of the kinds and is not.
const lookAlikes = [
  'Order 1234 5678 9012 3456 shipped', // 16 digits that fail the Luhn check
  'The Classic plan costs 54 EUR per week',
  'Version 4.12.3.1 is out',
  'The app update to v1.2.3.4 broke it; Chrome 120.0.6099.129 too',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36',
  'See section 4.2.1.3 or 4.2.1.4 of the manual',
  'The OID 1.3.6.1.4.1.311, and OID 2.5.4.3 for the common name',
  'NL91 ABNA 0417 1643 01 is a typo', // IBAN with a wrong checksum
  'SSN-like 000-12-3456 is invalid',
  'Use the sk-short token',
  'Email me at the office',
  'Our repo is git@github.com:acme/storefront.git',
  'ssh deploy@prod-web-01 and check banner@2x.png',
  'npm i @types/node@20.11.0',
  'ssh ubuntu@ec2-3-120-45-67.compute.amazonaws.com, or ssh -p 2222 -i ~/.ssh/ci.pem deploy@build.example.org',
  'The key starts sk_live_... and the id AKIA, the prefix sk-proj-',
  'In the transcript it says [EMAIL_1] and [PHONE_1]',
  'Is example.com or sftp.example.com the host?',
  'My card ending in 4471 was charged twice',
  'Dates: 2025-03-12, 14.11.2025, 31/12/2025 at 23:59',
];

describe('PII detection', () => {
  it.each(samples)('finds: %s', (text, expected) => {
    expect(findPii(text).map((f) => [f.kind, f.value])).toEqual(expected);
  });

  it.each(lookAlikes)('finds nothing in: %s', (text) => {
    expect(findPii(text)).toEqual([]);
  });

  it('finds only the kinds asked for', () => {
    const text = 'ann@example.com, +31 6 12345678';
    expect(findPii(text, ['phone']).map((f) => f.kind)).toEqual(['phone']);
  });

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

  it('leaves no part of any value in clear', () => {
    const values = [
      'ann@example.com',
      '+49 (0)89 2351 4412',
      '4111 1111 1111 1111',
      'NL91 ABNA 0417 1643 00',
      '123-45-6789',
      '192.168.10.254',
      GITHUB_TOKEN,
      AWS_SECRET,
    ];
    const text = `Mail ann@example.com, tel. +49 (0)89 2351 4412, card 4111 1111 1111 1111, IBAN NL91 ABNA 0417 1643 00, SSN 123-45-6789, IP 192.168.10.254, https://${GITHUB_TOKEN}@github.com/a/b, AKIAIOSFODNN7EXAMPLE ${AWS_SECRET}`;
    const red = redact(text, findPii(text)).text;
    for (const v of values)
      for (const part of v.split(/[ .@()+-]+/).filter((p) => p.length >= 4)) {
        expect(red).not.toContain(part);
      }
  });

  it('grows a finding that covers part of a token to the whole token', () => {
    // A key pattern that stops early (the GitHub pattern ends at the underscore) must not leave the rest of
    // the token in clear; the finding takes the whole token.
    const text = 'token ghp_R7pQ2xW9mK4tL8vN3bH6jC1dF5gS0aZ9yE2uExtra_TAIL9 end';
    const found = findPii(text);
    expect(found.map((f) => f.value)).toEqual(['ghp_R7pQ2xW9mK4tL8vN3bH6jC1dF5gS0aZ9yE2uExtra_TAIL9']);
    expect(redact(text, found).text).toBe('token [SECRET_1] end');
  });
});
