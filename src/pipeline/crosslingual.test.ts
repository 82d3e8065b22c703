import { describe, expect, it } from 'vitest';
import { useExtractiveApp } from '../../test/support/extractive-app.js';

// An English handbook with two offices' own notes in German and in Dutch, answered offline.
const open = useExtractiveApp({ maxSentences: 2, k: 4 });
const docs = {
  'meals.md':
    '# Meals and breaks\n\nStaff in the UK offices (London and Manchester) get a free lunch on office days. Breaks are unpaid.\n',
  'parking.md':
    '# Parking in the UK\n\nThe London office has no car park. In Manchester, staff can rent a space in the public car park for £60 a month.\n',
  'salzburg-hinweise.txt':
    'Hinweise für das Büro Salzburg\n\nFür das Mittagessen gibt es einen Zuschuss von 7,50 EUR an jedem Arbeitstag im Büro. Die Kantine ist im Erdgeschoss.\n',
  'rotterdam-notities.txt':
    'Informatie voor het kantoor in Rotterdam\n\nParkeren in de garage onder het kantoor is gratis voor alle medewerkers met een pas.\n',
};

describe('notes in another language, for an English question', () => {
  it("answers from a site's German notes through the glossary, and cites them", async () => {
    const app = await open(docs);
    const question = 'How much is the lunch subsidy at the Austrian office?';
    // "Mittagessen" is lunch and "Zuschuss" a subsidy: the notes rank above the English page on lunch.
    const passages = await app.passages({ vars: { question } });
    expect(passages[0]!.source).toBe('kb/salzburg-hinweise.txt');
    const r = await app.run({ vars: { question } });
    expect(r.grounding).toMatchObject({ grounded: true });
    expect(r.text).toMatch(/^Für das Mittagessen gibt es einen Zuschuss von 7,50 EUR/);
    expect(r.citations?.map((c) => c.source)).toContain('kb/salzburg-hinweise.txt');
  });

  it("answers for the place the notes name, and drops them for every other place's question", async () => {
    const app = await open(docs);
    const rotterdam = await app.run({
      vars: { question: 'Is parking free for staff at the Rotterdam office?' },
    });
    expect(rotterdam.text).toContain('gratis');
    const question = 'Is parking free for staff at the Manchester office?';
    const sources = (await app.passages({ vars: { question } })).map((p) => p.source);
    // The Dutch notes match "parking" and "free" as well as the English page does, but they are Rotterdam's.
    expect(sources).toContain('kb/parking.md');
    expect(sources).not.toContain('kb/rotterdam-notities.txt');
    const manchester = await app.run({ vars: { question } });
    expect(manchester.text).toContain('£60 a month');
  });

  it('declines what only notes for another place say', async () => {
    const app = await open(docs);
    // Only the Salzburg notes speak of a canteen ("Kantine"); they say nothing about Manchester.
    const r = await app.run({
      vars: { question: 'On which floor is the canteen at the Manchester office?' },
    });
    expect(r.grounding).toMatchObject({ grounded: false });
    // Said only by notes that answer for another place, "canteen" is a word the base never uses for this one.
    expect(r.grounding!.reason).toMatch(/^the knowledge base never mentions .*"canteen"/);
    expect(r.text).toBe("I don't know.");
    const salzburg = await app.run({
      vars: { question: 'On which floor is the canteen at the Salzburg office?' },
    });
    expect(salzburg.text).toContain('Die Kantine ist im Erdgeschoss.');
  });
});

describe('a document that says where it applies', () => {
  const scoped = {
    'meals.md':
      '---\napplies_to: UK offices\n---\n# Meals and breaks\n\nStaff get a lunch subsidy of £5 a day on office days. Breaks are unpaid.\n',
    'salzburg-hinweise.txt': docs['salzburg-hinweise.txt'],
  };

  it("is not searched for a workplace it leaves out; the place's own notes answer", async () => {
    const app = await open(scoped);
    const question = 'How much is the lunch subsidy for staff at the Salzburg office?';
    const sources = (await app.passages({ vars: { question } })).map((p) => p.source);
    expect(sources).toContain('kb/salzburg-hinweise.txt');
    expect(sources).not.toContain('kb/meals.md');
    const r = await app.run({ vars: { question } });
    expect(r.text).toContain('7,50 EUR');
    expect(r.text).not.toContain('£5');
  });

  it("is kept for a place with no notes of its own (a page on travel in Europe is no one site's notes)", async () => {
    const app = await open({
      ...scoped,
      'europe-travel.md': '# Travel in Europe\n\nBook trains to Graz and Vienna through the travel desk.\n',
    });
    const question = 'How much is the lunch subsidy for staff at the Graz office?';
    const sources = (await app.passages({ vars: { question } })).map((p) => p.source);
    expect(sources).toContain('kb/meals.md');
  });

  it('still answers for the places it names, and never gives its rule for another', async () => {
    const app = await open(scoped);
    const london = await app.run({
      vars: { question: 'How much is the lunch subsidy at the London office?' },
    });
    expect(london.text).toContain('£5 a day');
    const breaks = await app.run({ vars: { question: 'Are breaks paid at the Salzburg office?' } });
    expect(breaks.text).not.toContain('Breaks are unpaid');
    expect(breaks.retrieved?.map((d) => d.source)).toEqual(['kb/salzburg-hinweise.txt']);
  });
});

describe('passages for other places, in an app without a k of its own', () => {
  const openK2 = useExtractiveApp({ maxSentences: 2, k: 2 });

  it("are replaced from a deeper search: the run reads the base's k passages, as app.passages does", async () => {
    const app = await openK2({
      'parking.md': docs['parking.md'],
      'rotterdam-notities.txt': docs['rotterdam-notities.txt'],
      'permits.md':
        '# Parking permits\n\nManchester staff renew their parking permit each January at reception.\n',
    });
    const question = 'Is parking free for staff at the Manchester office?';
    const r = await app.run({ vars: { question } });
    const read = r.retrieved?.map((d) => d.source);
    // The Dutch notes are Rotterdam's: they go, and the next passage takes their place.
    expect(read).toEqual(['kb/parking.md', 'kb/permits.md']);
    expect((await app.passages({ vars: { question } })).map((p) => p.source)).toEqual(read);
  });
});
