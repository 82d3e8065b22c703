import { describe, expect, it } from 'vitest';
import { findPii } from '../../guardrails/index.js';
import { redactSecrets } from './secrets.js';

const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
// [text, the secret values in it]: each value must be found whole and redacted with no part left in clear.
const shapes: Array<[string, string, string[]]> = [
  [
    'OpenAI project key',
    'my key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv_wXyZ-1a2B3c4D5e6F7g8H9i0J is not working',
    ['sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv_wXyZ-1a2B3c4D5e6F7g8H9i0J'],
  ],
  [
    'legacy OpenAI key',
    'OPENAI_API_KEY=sk-4f9XbQ2mT7kLp0sVn3Rw8YcZa1Hd6JeGu5Bi',
    ['sk-4f9XbQ2mT7kLp0sVn3Rw8YcZa1Hd6JeGu5Bi'],
  ],
  [
    'Anthropic key',
    'use sk-ant-api03-Zq8Wm3Xr5Tn1Yb7Vk2Lp9Hs4Jd6Fg0Ca-_Qe3Ru5Ti7Oy9Pa1Sd ok',
    ['sk-ant-api03-Zq8Wm3Xr5Tn1Yb7Vk2Lp9Hs4Jd6Fg0Ca-_Qe3Ru5Ti7Oy9Pa1Sd'],
  ],
  [
    'Stripe secret key',
    'stripe sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123 then',
    ['sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123'],
  ],
  ['Stripe restricted key', 'rk_live_51HqLyjWDarjtT1zdKm0x9Qw', ['rk_live_51HqLyjWDarjtT1zdKm0x9Qw']],
  [
    'AWS access key id with its secret after it',
    `aws id AKIAIOSFODNN7EXAMPLE secret ${AWS_SECRET} region eu-west-1`,
    ['AKIAIOSFODNN7EXAMPLE', AWS_SECRET],
  ],
  [
    'AWS secret before its access key id',
    `[default]\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\nkey ${AWS_SECRET} goes with ASIAY34FZKBOKMUTVV7A`,
    ['AKIAIOSFODNN7EXAMPLE', AWS_SECRET, 'ASIAY34FZKBOKMUTVV7A'],
  ],
  ['AWS secret by its name', `aws_secret_access_key = ${AWS_SECRET}`, [AWS_SECRET]],
  [
    'AWS secret on the line after its access key id',
    `AKIAIOSFODNN7EXAMPLE\n${AWS_SECRET}\n`,
    ['AKIAIOSFODNN7EXAMPLE', AWS_SECRET],
  ],
  [
    'AWS access key id next to a git hash',
    'AKIAIOSFODNN7EXAMPLE rotated in 9fceb02d0ae598e95dc970b74767f19372d61af8',
    ['AKIAIOSFODNN7EXAMPLE'],
  ],
  [
    'Slack bot token',
    'SLACK xoxb-2840917263-4028391725163-Qz8WmXr5Tn1Yb7Vk2Lp9Hs4J!',
    ['xoxb-2840917263-4028391725163-Qz8WmXr5Tn1Yb7Vk2Lp9Hs4J'],
  ],
  [
    'Google API key',
    'key=AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY&q=x',
    ['AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'],
  ],
  [
    'GitHub token in a clone URL',
    'git clone https://ghp_R7pQ2xW9mK4tL8vN3bH6jC1dF5gS0aZ9yE2u@github.com/acme/app.git',
    ['ghp_R7pQ2xW9mK4tL8vN3bH6jC1dF5gS0aZ9yE2u'],
  ],
  [
    'GitHub app token as a URL password',
    'https://x-access-token:ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/acme/app',
    ['ghs_16C7e42F292c6912E7710c838347Ae178B4a'],
  ],
  [
    'fine-grained GitHub token in a URL',
    'remote https://github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789abcdefGHIJ@github.com/a/b',
    ['github_pat_11ABCDEFG0aBcDeFgHiJkL_mNoPqRsTuVwXyZ0123456789abcdefGHIJ'],
  ],
  ['password in a database URL', 'postgres://app:Tr0ub4dor-3@db.internal:5432/shop', ['Tr0ub4dor-3']],
  [
    'an old 40-hex token alone before the @',
    'https://4c1e9a0b7d2f6e8a3b5c9d0e1f2a3b4c5d6e7f80@github.com/a/b',
    ['4c1e9a0b7d2f6e8a3b5c9d0e1f2a3b4c5d6e7f80'],
  ],
];

// Things that look a little like keys and are not.
const lookAlikes = [
  'We use sk-learn-preprocessing-pipeline for the features',
  'the task-management-overview-2025 doc and risk-assessment-framework-2025',
  'sk_live_ is the prefix of live Stripe keys',
  'Ask AKIA about it; AKIAshort is not a key',
  'The commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed it', // a git sha with no AWS key id near it
  'see https://github.com/acme/app and mailto:ops@acme.example',
  'ssh://git@github.com/acme/app.git',
  'max token: 4096, temperature: 0.2',
  'xoxb- is a Slack prefix',
  'AIza is how Google keys start',
];

describe('secret patterns', () => {
  it.each(shapes)('finds and redacts in full: %s', (_shape, text, values) => {
    expect(findPii(text, ['secret']).map((f) => f.value)).toEqual(values);
    let expected = text;
    for (const v of values) expected = expected.replace(v, '[secret]');
    expect(redactSecrets(text)).toBe(expected);
  });

  it.each(lookAlikes)('leaves a look-alike alone: %s', (text) => {
    expect(findPii(text, ['secret'])).toEqual([]);
    expect(redactSecrets(text)).toBe(text);
  });
});
