import { describe, expect, it } from 'vitest';
import { readRomanHindustani, typedInHindustani, withoutUnknownHindustani } from './roman-hindustani.js';

describe('a question typed in Roman Hindi or Urdu', () => {
  it('is told by its words of grammar, never an English question', () => {
    expect(typedInHindustani('canteen kitne baje khulti hai?')).toBe(true);
    expect(typedInHindustani('mujhe chutti kab milegi')).toBe(true);
    for (const english of [
      'What is the overtime rate for the B shift?',
      'Can I take Eid off if I worked the last two Saturdays?',
      'How much is the Ki-Ra noodle bowl at the Kaka canteen?',
      "What's the pay band for SE1, SE2 and SE3?",
      'Is the KE bill reimbursed for SE grade staff?',
      'Is Hai Ko on the night shift?',
      'Where is the KB article on returning the Kia?',
      'hy, is the pe kit provided to drivers?',
      'can i park my kia near the pe block?',
    ])
      expect(typedInHindustani(english)).toBe(false);
  });

  it('is read as the English it asks, its word of asking first', () => {
    expect(readRomanHindustani('canteen kitne baje band hota hai raat ko?')).toBe(
      'what time canteen closes night?',
    );
    expect(readRomanHindustani('meri shadi hai next month, kitni chutti milegi')).toBe(
      'my wedding next month. how many days leave given?',
    );
    expect(readRomanHindustani('transport ka kiraya kitna katega aur van kab aati hai')).toBe(
      'how much transport fare deducted, and when van comes?',
    );
    // "kya" opening a clause asks whether; "kitne" of money asks how much.
    expect(readRomanHindustani('kya hostel mein AC milta hai?')).toBe('is hostel AC given?');
    expect(readRomanHindustani('advance ke liye kitne paise mil sakte hain')).toBe(
      'how much money advance for can I get?',
    );
  });

  it('keeps names and English as typed, and a name’s "ka" as its "’s"', () => {
    expect(readRomanHindustani('Ayesha Khan ka mobile number kya hai')).toBe(
      "what Ayesha Khan's mobile number?",
    );
    expect(readRomanHindustani('What is the overtime rate?')).toBe('What is the overtime rate?');
    // In lower case, a word neither language lists is a name; an English one is not ("hostel ka gate").
    expect(readRomanHindustani('line incharge imran qureshi ki salary kitni hai')).toBe(
      "how much line incharge imran qureshi's salary?",
    );
    expect(readRomanHindustani('hostel ka gate kab band hota hai')).toBe('when hostel gate closes?');
  });

  it('reads the spellings of a hurry and of Pakistan ("kia", "hy", "kb", "nhi") as the words they spell', () => {
    expect(readRomanHindustani('salary kb ayegi is mahine?')).toBe('when salary comes this month?');
    expect(readRomanHindustani('meri salary abhi tak nhi mili kia karun')).toBe(
      'what should I do my salary yet not received?',
    );
    expect(readRomanHindustani('canteen kitny baje khulti hy')).toBe('what time canteen opens?');
  });

  it('reads a sentence that opens with "aur" as asking on, and "kitne ki" as how much', () => {
    expect(readRomanHindustani('drill kab hoti hai? aur assembly point kaun sa hai')).toBe(
      'when drill? which assembly point?',
    );
    expect(readRomanHindustani('canteen mein biryani kitne ki hai')).toBe('how much canteen biryani?');
  });

  it('reads Hindi as typed in India: "kis" asks which, and everyday words of pay, time and people', () => {
    expect(readRomanHindustani('Holi kis date ko hai?')).toBe('which date Holi?');
    expect(readRomanHindustani('is mahine ki pagaar kab aayegi?')).toBe('when this month salary comes?');
    expect(readRomanHindustani('pregnant mahila ko kitne hafte ki leave milti hai')).toBe(
      'how many pregnant woman weeks leave given?',
    );
    expect(readRomanHindustani('kis form mein hazri lagti hai')).toBe('which form attendance takes?');
    // "kitna" of a span of time asks how long; "kam se kam" is at least.
    expect(readRomanHindustani('duty ke beech kam se kam kitna rest chahiye')).toBe(
      'how long duty between at least rest need?',
    );
    expect(readRomanHindustani('sawari ka saman chhut gaya, kitne din tak rakhte ho?')).toBe(
      'passenger luggage left behind. how many days keep?',
    );
    // What happens before "to" (then) is said, and the question is about it; "kaun bharega" asks who pays.
    expect(readRomanHindustani('accident ho jaye to control room ko kab batana hai?')).toBe(
      'accident. when control room inform?',
    );
    expect(readRomanHindustani('challan kat gaya, paisa kaun bharega?')).toBe('fined. who pays money?');
    // Not before "kya": what happens then is asked.
    expect(readRomanHindustani('agar bus late hui to kya hoga?')).toBe('what if bus late?');
    // "kis liye" asks why, "kis ke paas" who.
    expect(readRomanHindustani('overtime kis liye cut hua?')).toBe('why overtime cut?');
    // "pe" and "gaya" say it is Hindi too.
    expect(typedInHindustani('duty pe challan kat gaya, paisa kaun bharega?')).toBe(true);
  });

  it('keeps words with a capital as typed: names and acronyms are not Hindi or Urdu words', () => {
    expect(readRomanHindustani('Walid Akhtar ka mobile number kya hai')).toBe(
      "what Walid Akhtar's mobile number?",
    );
    expect(readRomanHindustani('main gate kab band hota hai?')).toBe('when main gate closes?');
    expect(readRomanHindustani('HO mein loan kaun approve karta hai?')).toBe('who HO loan approve?');
    // A named place's "mein" is "at" before it, as English says where; an unnamed one's is left out.
    expect(readRomanHindustani('Bengaluru head office mein canteen coupon kitne ka milta hai')).toBe(
      'how much at Bengaluru head office canteen coupon given?',
    );
    expect(readRomanHindustani('kya canteen mein roti milti hai?')).toBe('is canteen roti given?');
    // Not an acronym or a festival: "PF account mein", "Diwali pe".
    expect(readRomanHindustani('PF account mein kitna jama hai?')).toBe('how much PF account deposit?');
    expect(readRomanHindustani('Diwali pe bonus milega kya?')).toBe('is Diwali bonus given?');
  });

  it('reads a sentence that opens with a capital, or a question in capitals, as typed in lower case', () => {
    expect(readRomanHindustani('Kya hostel mein AC hai?')).toBe('is hostel AC?');
    expect(readRomanHindustani('Is mahine salary kab ayegi?')).toBe('when this month salary comes?');
    expect(readRomanHindustani('KYA HOSTEL MEIN AC HAI?')).toBe('is hostel ac?');
    expect(readRomanHindustani('bonus kb milega?')).toBe('when bonus given?');
  });

  it('reads names typed in lower case as names, and an English sentence beside it as typed', () => {
    expect(readRomanHindustani('fatima begum ka mobile number kya hai')).toBe(
      "what fatima begum's mobile number?",
    );
    expect(readRomanHindustani('ayesha khan ka mobile number kya hai?')).toBe(
      "what ayesha khan's mobile number?",
    );
    expect(readRomanHindustani('overtime kab milta hai? and can i take my kia to site?')).toBe(
      'when overtime given? and can i take my kia to site?',
    );
    expect(readRomanHindustani('mera employee number 4521. salary kab ayegi?')).toBe(
      'my employee number 4521. when salary comes?',
    );
  });

  it('keeps amounts, times and titles whole, and a choice a choice', () => {
    expect(readRomanHindustani('kya chutti cash hogi ya carry forward?')).toBe(
      'is leave cash or carry forward?',
    );
    expect(readRomanHindustani('hostel mein security deposit Rs. 2,000 hai kya?')).toBe(
      'is hostel security deposit Rs. 2,000?',
    );
    expect(readRomanHindustani('Mr. Ahmed ka number kya hai?')).toBe("what Mr. Ahmed's number?");
    expect(readRomanHindustani('bus 10.30 baje ya 11 baje nikalti hai?')).toBe(
      "bus 10.30 o'clock or 11 o'clock leaves?",
    );
    expect(readRomanHindustani('overtime ka rate kya hai, aur kab milta hai?')).toBe(
      'what overtime rate, and when given?',
    );
  });

  it('drops the forms of verbs neither English nor the knowledge base knows', () => {
    const written = 'bus subah kitne baje nikalte hain';
    const read = readRomanHindustani(written);
    const stats = { chunks: 10, df: (t: string) => (['bus', 'morn'].includes(t) ? 2 : 0) };
    expect(withoutUnknownHindustani(read, written, stats)).toBe('what time bus morning?');
    // A word that may be the topic or a name stays, for the checks to see.
    const roti = 'kya canteen mein roti milti hai?';
    expect(withoutUnknownHindustani(readRomanHindustani(roti), roti, stats)).toBe('is canteen roti given?');
    const covid = 'kya covid mein chutti milti hai?';
    expect(withoutUnknownHindustani(readRomanHindustani(covid), covid, stats)).toBe('is covid leave given?');
    const name = 'shabbir hussain ka mobile number kya hai';
    expect(withoutUnknownHindustani(readRomanHindustani(name), name, stats)).toBe(
      "what shabbir hussain's mobile number?",
    );
    // A future tense is a verb's form wherever it stands ("khula rahega kya?"); "ganga" is no future.
    const future = 'diwali wale din hub khula rahega kya? aur ganga ghat kab padega';
    expect(withoutUnknownHindustani(readRomanHindustani(future), future, stats)).toBe(
      'is diwali day hub open? when ganga ghat?',
    );
    // A noun with a future's ending stays: before a postposition, or after "mera".
    const ortega = 'ortega ko kitni leave milegi?';
    expect(withoutUnknownHindustani(readRomanHindustani(ortega), ortega, stats)).toBe(
      'how much ortega leave given?',
    );
    // An English question is left alone, whatever its words.
    expect(withoutUnknownHindustani('Is the zorblax open?', 'Is the zorblax open?', stats)).toBe(
      'Is the zorblax open?',
    );
  });
});
