import { describe, expect, it } from 'vitest';
import { assessGrounding } from './assess.js';
import { asksSecret, givesSecret } from './secret-asked.js';

describe('a question that asks for a secret itself', () => {
  it('is told from one about the rules around it', () => {
    expect(asksSecret("What's the password for the KCC-Staff wifi?")).toBe(true);
    expect(asksSecret("What's the door code for the crew hut at Ardcraig?")).toBe(true);
    expect(asksSecret("whats the key safe code at Raekoja this month, I'm on the early shift")).toBe(true);
    expect(givesSecret('The key safe code changes on the first Monday of each month.')).toBe(false);
    expect(asksSecret('What is the Gas Safe code of practice for boiler servicing?')).toBe(false);
    expect(asksSecret('What is the access code for LinguaBridge?')).toBe(true);
    expect(asksSecret('What is the password policy?')).toBe(false);
    expect(asksSecret('How do I reset my PIN?')).toBe(false);
    // The rules asked before its name: no value asked.
    expect(asksSecret('whats the minimum length for the MiFunza password')).toBe(false);
    expect(asksSecret('what are the rules for the door code?')).toBe(false);
    expect(asksSecret("what's the new password for the canteen tablet?")).toBe(true);
    expect(asksSecret('what is the long-stay car park gate code?')).toBe(true);
    expect(asksSecret("What's the Format Lab access code?")).toBe(true);
    expect(asksSecret('what is the expiry date of my password?')).toBe(false);
    expect(asksSecret('what is the maximum number of characters in a password?')).toBe(false);
    expect(asksSecret('what is the password for the wifi, how often does it change?')).toBe(false);
  });

  it('is answered only by a passage that gives one, not one that speaks of it', () => {
    expect(givesSecret('Access code: 44122')).toBe(true);
    expect(givesSecret('The door code is 4471#.')).toBe(true);
    expect(givesSecret('Wi-Fi password: "bluebird"')).toBe(true);
    expect(givesSecret('Reception gives out the password, which changes every Monday.')).toBe(false);
    expect(givesSecret('The password is given out by reception.')).toBe(false);
  });

  it('not grounded: the passages say who hands the password out, but not the password', () => {
    const passages = [
      {
        title: 'Wi-Fi',
        text: 'Visitors use the Halia-Guest network. Reception gives out the password, which changes every Monday.',
      },
    ];
    const g = assessGrounding("What's the Halia-Guest Wi-Fi password this week?", passages);
    expect(g).toMatchObject({ grounded: false, reason: 'no passage gives the wi-fi password itself' });
    const given = [{ title: 'Wi-Fi', text: 'Visitors use the Halia-Guest network. Password: Halia2027!' }];
    expect(assessGrounding("What's the Halia-Guest Wi-Fi password?", given).grounded).toBe(true);
  });
});
