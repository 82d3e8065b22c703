// Where Kriol stands in roman-typed.ts's LANGUAGES: right after Serbian and BEFORE Arabic, which reads chat Arabic
// ("fi", in; "di", this; "kayna", is there) and so takes many Kriol and Patois questions today and reads them
// badly ("weh time di bus lef fi Pomona?" as "weh time bus lef Pomona?", "wah fi do if smaddy get cut eena di
// plant?" as "where wah do if smaddy get cut plant?", "weh kaina boots mi fi wear eena di plant?" as "is there weh
// boots mi in wear plant?"). No other reader took any of the Kriol questions below. Kriol's reader takes none of
// the ~4,400 questions of the other readers' tests (it counts only with two words of its own, or one of its own
// words of asking beside its "di" or "mi", and more of its own than of its neighbours'), so it costs them nothing
// to be tried first; Serbian, which took none of the Kriol questions, may keep the front.
// The questions below were made up for these tests, not taken from any data file.
import { describe, expect, it } from 'vitest';
import { readKriol, typedInKriol, withoutUnknownKriol } from './roman-kriol.js';
import { readRomanised } from './roman-typed.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// roman-typed.ts's order with Kriol tried before the others, as the comment above puts it.
const readInOrder = (question: string) => {
  const read = readKriol(question);
  return read !== question ? read : readRomanised(question);
};

const KRIOL: ReadonlyArray<readonly [string, string]> = [
  ['weh time di bus lef fi Pomona?', 'what time the bus leave for Pomona?'],
  ['wah fi do if smaddy get cut eena di plant?', 'what to do if somebody get cut in the plant?'],
  ['ow much dem pay fi overtime?', 'how much they pay for overtime?'],
  ['how much dehn pay fi di night shif?', 'how much they pay for the night shift?'],
  ['mi kyaan come tomorrow, who fi call?', "I can't come tomorrow. who to call?"],
  ['weh part mi go fi get mi payslip?', 'where I go to get my payslip?'],
  ['unu know if di canteen open tideh?', 'you know if the canteen open today?'],
  ['weh day dem pay di ovataim?', 'which day they pay the overtime?'],
  ['how lang mi haffi wait fi mi holiday pay?', 'how long I have to wait for my holiday pay?'],
  ['weh kaina boots mi fi wear eena di plant?', 'what kind of boots I must wear in the plant?'],
  ['wah mek mi pay short dis week?', 'why my pay short this week?'],
  ['wat time di shif staat tumaro marnin?', 'what time the shift start tomorrow morning?'],
  ['mi affi work pon Sunday?', 'I have to work on Sunday?'],
  ['dem gwine pay wi fi Christmas?', 'they going to pay us for Christmas?'],
  ['unu gat glubs fi di cold room?', 'you have gloves for the cold room?'],
  ['wi fi wear hard hat eena di warehouse?', 'we must wear hard hat in the warehouse?'],
  ['how much ovataim mi gat dis wik?', 'how much overtime I have this week?'],
  ['mi sik tideh, hoo mi fi tell?', 'I sick today. who I must tell?'],
  ['di machine bruk, hoo fi call?', 'the machine broken. who to call?'],
  ['mi nuh get mi payslip yet, weh mi fi go?', 'I not get my payslip yet. where I must go?'],
  [
    'smaddy tief mi phone eena di locker room, hoo fi tell?',
    'somebody steal my phone in the locker room. who to tell?',
  ],
  ['weh di nurse ofis deh?', 'where the nurse office?'],
  ['weh time di canteen open?', 'what time the canteen open?'],
  ['mi kyaan go a wuk tideh, mi sik, hoo mi fi kaal?', "I can't go to work today, I sick. who I must call?"],
  [
    'ih en go a wuk yestideh an nobadi tell mi, weh mi fi do?',
    'he go to work yesterday an nobody tell me. what I must do?',
  ],
  // Trinidad's and Barbados's "ah" (I), "cyah" (can't), "meh" (my) and "wunna" (you).
  ['ah cyah find meh payslip, who ah haffi ask?', "I can't find my payslip. who I have to ask?"],
  ['wunna know wuh time de canteen open?', 'what time the canteen open?'],
];

describe('a question typed in Kriol or Patois chat', () => {
  it('is read as the English it asks, each word in its place', () => {
    for (const [typed, read] of KRIOL) expect(readKriol(typed)).toBe(read);
  });

  it('reads "weh" as where before a verb of going or being at, as what before any other, and as "that" after a thing', () => {
    expect(readKriol('Weh di canteen deh?')).toBe('where the canteen?');
    expect(readKriol('weh mi fi put mi bag wen mi reach?')).toBe('where I must put my bag when I reach?');
    expect(readKriol('weh mi fi do fi get mi uniform?')).toBe('what I must do to get my uniform?');
    expect(readKriol('weh yu seh bout di overtime?')).toBe('what you say about the overtime?');
    expect(readKriol('weh shif mi deh pan nex week?')).toBe('which shift I on next week?');
    // Said inside a clause, after "know", it asks in its place.
    expect(readKriol('smaddy know weh di first aid kit deh?')).toBe('somebody know where the first aid kit?');
  });

  it('reads a pronoun as who does a thing, who it is done to, or whose it is', () => {
    expect(readKriol('dem nuh pay mi fi di extra hours, weh mi fi do?')).toBe(
      'they not pay me for the extra hours. what I must do?',
    );
    expect(readKriol('di supavaiza noh gi mi di form, hoo els mi kin aks?')).toBe(
      'the supervisor not give me the form. who else I can ask?',
    );
    expect(readKriol('mek mi know wen dem pay di bonus')).toBe('let me know when they pay the bonus');
    expect(readKriol('hoo mi fi sen mi sick note to?')).toBe('who I must send my sick note to?');
    expect(readKriol('dem di pay overtime fi Sunday?')).toBe('they pay overtime for Sunday?');
  });

  it('leaves out an opening "unu know …" or "tell mi …", a closing "noh?", and reads a day in its spelling', () => {
    expect(readKriol('unu know weh part mi fi sign di form?')).toBe('where I must sign the form?');
    expect(readKriol('tell mi weh fi sen mi sick note')).toBe('where to send my sick note?');
    expect(readKriol('mi waan know how much leave mi gat lef')).toBe('how much leave I have left?');
    expect(readKriol('wah time di canteen open pan Satideh noh?')).toBe(
      'what time the canteen open on Saturday?',
    );
    expect(readKriol('Mi neva get pay fi laas week, weh part mi fi go?')).toBe(
      'I never get pay for last week. where I must go?',
    );
    expect(readKriol('if mi lef early wah go happen?')).toBe('what will happen if I leave early?');
    expect(readKriol('wah gwaan boss, weh part mi fi collect mi boots?')).toBe(
      'where I must collect my boots?',
    );
    expect(readKriol('di worker dem get pay yet, wah unu seh?')).toBe(
      'the worker get pay yet. what you say?',
    );
  });

  it('drops nothing as an unknown verb form: the creoles take no endings', () => {
    const written = 'weh part mi go fi get mi payslip?';
    const read = readKriol(written);
    expect(withoutUnknownKriol(read, written, noWords)).toBe(read);
  });

  // Each with what roman-typed.ts's order (without Kriol) reads it as today, which Kriol tried first leaves as it is.
  const NOT_KRIOL: readonly string[] = [
    // English, with chat's Caribbean words ("dey", "wha", "yuh") that CHAT_SPELLINGS reads.
    'how much dey paying for nights', // as typed
    'wha is de password', // as typed
    'yuh know if the canteen open sunday?', // as typed
    'ow my back hurts, can I take sick leave?', // as typed
    'Can i work overtime on sunday? mi pikni in hospital', // as typed
    'wetin dem dey pay for overtime?', // as typed
    'Wah, the payslip is wrong, who do I call?', // as typed
    // Spanish, Italian, Indonesian, Haitian, Tetum, Nepali, Hindi, Urdu and chat Arabic.
    'mi salario de que dia', // salary dia
    'cuanto me pagan por el pan de la cantina?', // how much paid pan cantina?
    'orario di lavoro', // as typed
    'gaji di bayar kapan', // when salary pay?
    'wah gaji udah masuk deh?', // wah salary start?
    'ki lè mwen ka pran konje', // when can I take leave?
    'loron hira ba licensa', // how many days leave?
    'kati din ko bida paincha?', // how many days leave get?
    'mera salary kab aayega?', // when my salary comes?
    'meri tankhwah kab milegi?', // when my salary given?
    'fi eh overtime el naharda?', // is there overtime naharda?
  ];

  it('leaves English with a creole word, and the other languages whose small words it shares, as typed', () => {
    // English words the creoles write too ("pan", "wok", "ow", "meh") make no question Kriol.
    for (const q of [
      'Who cleans the wok and the big pan after the night shift?',
      'ow! cut my hand on the pan, who do I tell?',
      'meh, dem guys neva answered - who do I call?',
    ])
      expect(readKriol(q)).toBe(q);
    for (const q of NOT_KRIOL) {
      expect(typedInKriol(q)).toBe(false);
      expect(readKriol(q)).toBe(q);
    }
  });

  it("leaves the other languages' readings in roman-typed.ts's order as they were", () => {
    for (const q of NOT_KRIOL) expect(readInOrder(q)).toBe(readRomanised(q));
  });
});
