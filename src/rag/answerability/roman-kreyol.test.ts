// Where Kreyòl stands in roman-typed.ts's LANGUAGES: just BEFORE French (after Romanian). French's reader also reads
// Mauritian Kreol, whose "ki", "pou", "travay", "mwa" and "malad" are Haitian's too, so it takes many Haitian
// questions and reads them as Mauritian ("ki lè pou m vini travay demen?" as "what vini work demen?", "a ki lè bis
// la pase …" as "what bus pase …"); Spanish and Albanian, after it, take a few more ("konbyen overtime la peye pa
// lè?", "M ka pran yon avans …"). Kreyòl's reader leaves French and Mauritian Kreol alone (their own words, "je",
// "combien", "mo", "zour", "konze", outweigh Haitian's), and no question of the other readers' tests is taken by
// it, so it costs them nothing to be tried first. The readers before French (Serbian, Arabic, Portuguese,
// Romanian) take none of the Haitian questions below, so it need go no earlier.
import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readKreyol, typedInKreyol, withoutUnknownKreyol } from './roman-kreyol.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

describe('a question typed in Haitian Creole chat', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expect(readKreyol('konbyen jou konje mwen genyen?')).toBe('how many days leave I have?');
    expect(readKreyol('kilè salè mwa sa a ap antre?')).toBe('when salary this month come in?');
    expect(readKreyol('ki kote m ka jwenn fich pe mwa pase a?')).toBe('where can I get payslip last month?');
    expect(readKreyol('kijan pou m mande konje maladi?')).toBe('how ask for sick leave?');
    expect(readKreyol('poukisa salè m pa antre toujou?')).toBe('why salary not come in?');
    expect(readKreyol('eske gen bis pou ekip lannwit la?')).toBe('is there bus night shift?');
    expect(readKreyol('fòk mwen mete inifòm lan chak jou?')).toBe('must I wear uniform every day?');
    expect(readKreyol('kote pou m al chache bòt sekirite m yo?')).toBe('where go look for safety boots?');
    expect(readKreyol('kilè nou dwe renmèt papye doktè a?')).toBe('when must we submit medical certificate?');
  });

  it('reads "konbyen" of what is counted as how many, and "ki lè" as when or, after "a", what time', () => {
    expect(readKreyol('konbyen yo peye pa lè pou lè sipleman?')).toBe('how much pay per hour overtime?');
    expect(readKreyol('konbyen kòb yo retni sou salè m pou taks?')).toBe(
      'how much money deduction salary tax?',
    );
    expect(readKreyol('konbyen % yo retni pou pansyon?')).toBe('what percent deduction pension?');
    expect(readKreyol('eske nou ka travay 12 lè pa jou?')).toBe('can we work 12 hours per day?');
    expect(readKreyol('ki lè kantin nan ouvri samdi?')).toBe('when canteen open Saturday?');
    expect(readKreyol('a ki lè bis la pase pou ekip lannwit la?')).toBe('what time bus pass night shift?');
    // "ki" opening a clause asks what; after a thing it is "that", left out.
    expect(readKreyol('kilès nan ekip yo ki travay dimanch?')).toBe('which shift work Sunday?');
    expect(readKreyol('ki shift mwen semen pwochen?')).toBe('what shift next week?');
  });

  it('reads it with or without accents, with a first word a phone capitalised, and with elided words', () => {
    for (const typed of ['fòk mwen mete inifòm lan chak jou?', 'fok mwen mete inifom lan chak jou?'])
      expect(readKreyol(typed)).toBe('must I wear uniform every day?');
    expect(readKreyol('Konbyen jou konje maladi nou gen dwa pa ane?')).toBe(
      'how many days sick leave are we entitled per year?',
    );
    expect(readKreyol('Èske m ka pran konje demen?')).toBe('can I take leave tomorrow?');
    expect(readKreyol('M ka pran yon avans sou salè mwa pwochen?')).toBe(
      'can I take advance salary next month?',
    );
    expect(readKreyol("m'ap travay dimanch, konbyen yo peye m?")).toBe('work Sunday. how much pay?');
  });

  it('says what a sentence tells before it asks, and reads "lè m …" as if, not as an hour', () => {
    expect(readKreyol('madanm mwen ansent, konbyen semèn konje patènite m genyen?')).toBe(
      'wife pregnant. how many weeks paternity leave I have?',
    );
    expect(readKreyol('papa m mouri, eske m gen dwa pran konje pou antèman an?')).toBe(
      'father death. am I entitled take leave funeral?',
    );
    expect(readKreyol('m bezwen machin pou travay, eske gen lajan transpò?')).toBe(
      'need car work. is there transport allowance?',
    );
    expect(readKreyol('kisa m dwe fè lè m malad?')).toBe('what must I if sick?');
    expect(readKreyol('lè m malad, kiyès pou m rele?')).toBe('if sick. who call?');
    // "m vle konnen" (I want to know) opening it says nothing.
    expect(readKreyol('mwen vle konnen konbyen jou konje m genyen pa ane')).toBe(
      'how many days leave I have per year?',
    );
  });

  it('keeps the English and French words of a mixed question as typed', () => {
    expect(readKreyol('eske m ka pran day off demen?')).toBe('can I take day off tomorrow?');
    expect(readKreyol('konbyen overtime la peye pa lè?')).toBe('how much overtime pay per hour?');
    expect(readKreyol('ki lè payroll la ap fèt mwa sa a?')).toBe('when payroll this month?');
    expect(readKreyol('konbyen PTO mwen genyen for this year?')).toBe('how much PTO I have for this year?');
    // A sentence in English stays as typed beside one in Kreyòl.
    expect(readKreyol('when is payday? konbyen jou ankò?')).toBe('when is payday? how many days?');
    expect(readKreyol('eske m ka pran congé maladie si m pa gen certificat médical?')).toBe(
      'can I take congé maladie if no certificat médical?',
    );
    expect(readKreyol('Bonjou, eske m ka pran mes congés la semaine prochaine?')).toBe(
      'can I take mes congés semaine prochaine?',
    );
  });

  it("reads a thing followed by a person's name as that person's, so a private request is seen", () => {
    const read = readKreyol('salè Madan Joseph konbyen?');
    expect(read).toBe('how much salary of Madan Joseph?');
    expect(privatePersonAsked(read)).toBe('Madan Joseph');
    expect(privatePersonAsked(readKreyol('konbyen salè Manmzèl Dorcelus ye?'))).toBe('Manmzèl Dorcelus');
  });

  it('leaves an English question with a Kreyòl word or two as it is', () => {
    for (const english of [
      'how many days of annual leave do I get?',
      'is the bus free on samdi?',
      'can I take konje on Monday?',
      'when do we get the bonis?',
      'can I take konje demen? m malad',
      'where is the map of the site?',
    ]) {
      expect(typedInKreyol(english)).toBe(false);
      expect(readKreyol(english)).toBe(english);
    }
  });

  it('leaves French, and the Kreol of Mauritius and Seychelles, to the French reader', () => {
    for (const q of [
      "combien de jours de congé j'ai ?",
      'a quelle heure ouvre la cantine le samedi?',
      'est-ce que je peux prendre mes congés lundi?',
      "c'est quand la paie ce mois-ci svp",
      'konbien zour konze mo gagne?',
      'ki ler kantinn ouver samdi?',
      'eski mo kapav pran konze vandredi?',
      'kan nou gagn lapay sa mwa la?',
      'kot mo bizin avoy mo sertifika medikal?',
      'konbien zour konze maladi nou ena drwa dan enn lane?',
      // Mauritian Kreol with a word Haitian writes alike ("ki lè", "konbyen"): its own words outweigh it.
      'ki lè mo bizin vini?',
      'konbyen zour konze mon annan?',
    ]) {
      expect(typedInKreyol(q)).toBe(false);
      expect(readKreyol(q)).toBe(q);
    }
  });

  it('leaves Hindi or Urdu, Indonesian, Albanian, Bengali and Spanish, whose small words it shares, as theirs', () => {
    for (const q of [
      'ap ki salary kab milegi?',
      'leave ka form kahan milega?',
      'kapan gajian bulan ini?',
      'sa dite pushim vjetor kam?',
      'ami ki maternity leave pabo?',
      'cuanto pagan la hora extra el domingo?',
    ])
      expect(typedInKreyol(q)).toBe(false);
  });

  it('drops nothing as an unknown verb form: Haitian verbs take no endings', () => {
    const written = 'kouman m ka fè yon demann pou konje?';
    expect(readKreyol(written)).toBe('how can I apply leave?');
    expect(withoutUnknownKreyol('how can I apply leave?', written, noWords)).toBe('how can I apply leave?');
  });

  it("is read so in its place in roman-typed.ts's order, before French, which read it as Mauritian", () => {
    for (const question of [
      'ki lè pou m vini travay demen?',
      'konbyen jou konje mwen genyen?',
      'a ki lè bis la pase pou ekip lannwit la?',
    ])
      expect(readRomanised(question)).toBe(readKreyol(question));
    expect(readRomanised('konbien zour konze mo gagne?')).not.toBe(
      readKreyol('konbien zour konze mo gagne?'),
    );
  });
});
