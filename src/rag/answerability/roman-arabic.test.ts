import { describe, expect, it } from 'vitest';
import { isArabizi, readArabic, typedInArabic, withoutUnknownArabic } from './roman-arabic.js';

const noWords = { df: () => 0, chunks: 1 } as never;

// Each question with the English it is read as.
const expectReadings = (pairs: ReadonlyArray<readonly [string, string]>) => {
  for (const [question, reading] of pairs) expect(readArabic(question), question).toBe(reading);
};

describe('a question typed in Arabic chat (Arabizi) or in Arabic script', () => {
  it('is read as the English it asks: the word of asking first, grammar left out, everyday words in English', () => {
    expectReadings([
      ['shlon a3ml reset?', 'how do I reset?'],
      ['emta byenzal el ma3ash?', 'when salary paid?'],
      ['addesh badal el mowasalat?', 'how much transport allowance?'],
      ['fi ijaza yom el eid?', 'is there leave Eid?'],
      ['كم يوم اجازة سنوية؟', 'how many days annual leave?'],
      ['متى ينزل الراتب؟', 'when salary paid?'],
    ]);
  });

  it('reads the Gulf: shlon, shinu, wain, cham, mita, abi, 3ndkom, el dawam', () => {
    expectReadings([
      ['shlon aqaddim 3ala ijaza sanawiya?', 'how do I apply annual leave?'],
      ['shno el dawam fi ramadan?', 'what working hours in Ramadan?'],
      ['shinu el awraq el matlooba 7ag el iqama?', 'what documents need iqama residence permit?'],
      ['wain maktab el mandoob?', 'where office PRO?'],
      ['cham yom ijaza sanawiya 3indna?', 'how many days annual leave?'],
      ['mita yenzal el ratib hal shahr?', 'when salary paid this month?'],
      // Lebanese: "lezim" (must), "ykoun" (be) and "7arara" (heat, a temperature); not "daraje", a grade or a class too.
      ['tank el centre lezim ykoun 3a ade 7arara?', 'how much tank centre need 3a temperature?'],
      ['3ndkom badal sakan?', 'is there housing allowance?'],
      ['abi a3raf kam sa3a dawam ramadan', 'how many hours Ramadan working hours?'],
      ['shlon ajaddid el iqama?', 'how renew iqama residence permit?'],
      ['wain agdar atalla3 shahadat ratib?', 'where get salary certificate?'],
      ['kam yom ijazat el 7ajj?', 'how many days Hajj leave?'],
      ['shlon atlub khurooj w 3awda?', 'how request exit re-entry visa?'],
      ['el kafeel lazim ywafe2?', 'sponsor need approve?'],
      ['wain el 7itha2 salama?', 'where safety shoes?'],
      ['fi sakan lel 3ummal fel camp?', 'is there accommodation workers camp?'],
      ['yom 3arafa dawam wala la?', 'Arafat Day working hours?'],
    ]);
  });

  it('reads the Levant: shu, addesh, emta, wein, kif, baddi, fi', () => {
    expectReadings([
      ['shu el dawam bokra?', 'what working hours tomorrow?'],
      ['baddi a3ref addesh ijazti el sanawiye', 'how much annual leave?'],
      ['wein el 3iyada?', 'where clinic?'],
      ['kif ba2addem isti2ala?', 'how do I apply resignation?'],
      ['emta el 3otla el rasmiya la 3eed el ad7a?', 'when public holiday Eid al-Adha?'],
      ['adesh fatret el inzar?', 'how long notice?'],
      ['fi baas lel sharika men el sakan?', 'is there bus company men accommodation?'],
      ['leish inkhasam men ma3ashi?', 'why deduct men salary?'],
      ['meen el mudeer taba3 el qism?', 'who manager department?'],
      ['fi ijaza lel isra2 w el mi3raj?', "is there leave Isra and Mi'raj?"],
      ['emta 3otlat el mawlid el nabawi?', "when holiday Prophet's Birthday?"],
      ['emta akher yom dawam abl el eid?', 'when last day working hours before Eid?'],
    ]);
  });

  it('reads Egypt: eh, ezay, emta, fein, kam, 3ayez, leh', () => {
    expectReadings([
      ['eh mawa3eed el dawam fi ramadan?', 'what working hours in Ramadan?'],
      ['ezay a2adem 3ala egaza maradeya?', 'how do I apply sick leave?'],
      ['el mortab beyenzel emta?', 'when salary paid?'],
      ['fein maktab shu2oon el 3amleen?', 'where office HR?'],
      ['3ayez a3raf kam yom egaza sanaweya', 'how many days annual leave?'],
      ['el ta2meen el tebbi beyghatti el asnan?', 'health insurance include dental?'],
      ['leh el mortab ne2es el shahr da?', 'why salary short this month?'],
      ['emta el ekramiya?', 'when bonus?'],
    ]);
  });

  it("reads the Maghreb's Darija: chhal, fin, wach, imta, kifach, 3afak, and its French", () => {
    expectReadings([
      ['chhal mn nhar conge 3andi?', 'how many days leave?'],
      ['fin kayn l bureau dyal rh?', 'where office HR?'],
      ['wach kayn transport l khedma?', 'is there transport work?'],
      ['imta ghadi ykhalsouna?', 'when pay?'],
      ['kifach ndir demande dyal conge?', 'how do I request leave?'],
      ['3afak chhal l prime dyal l3id?', 'how much bonus Eid?'],
      ['3lach t9te3 lia mn salaire?', 'why deduct salary?'],
    ]);
  });

  it('reads Modern Standard Arabic: mata, kam, hal, ayna, kayfa, limadha', () => {
    expectReadings([
      ['mata yabda2 dawam ramadan?', 'when start Ramadan working hours?'],
      ['kam mudat fatrat el tajriba?', 'how long probation period?'],
      ['hal yujad ta2meen si7i lel 3a2ila?', 'is there health insurance family?'],
      ['ayna maktab el mawared el bashariya?', 'where office HR?'],
      ['limadha tam khasm min ratibi?', 'why deduction salary?'],
      ['kayfa a7sul 3ala shahadat ratib?', 'how get salary certificate?'],
      ['hal yumkinuni akhdh ijaza bidoon ratib?', 'can I take unpaid leave?'],
    ]);
  });

  it('reads Arabic script, its clitics taken off ("الراتب", "راتبي", "للموظفين", "اجازتي")', () => {
    expectReadings([
      ['شلون اقدم على اجازة سنوية؟', 'how do I apply annual leave?'],
      ['وين مكتب المندوب؟', 'where office PRO?'],
      ['كم يوم اجازة مرضية؟', 'how many days sick leave?'],
      ['ابي اعرف متى ينزل الراتب', 'when salary paid?'],
      ['شو دوام بكرة؟', 'what working hours tomorrow?'],
      ['قديش بدل المواصلات؟', 'how much transport allowance?'],
      ['امتى الدوام بيبدأ بعد العيد؟', 'when working hours start after Eid?'],
      ['عايز اعرف كام يوم اجازة', 'how many days leave?'],
      ['ازاي اقدم على اجازة عارضة؟', 'how do I apply casual leave?'],
      ['فين شؤون العاملين؟', 'where HR?'],
      ['شحال من نهار كونجي عندي؟', 'how many days leave?'],
      ['واش كاين النقل؟', 'is there transport?'],
      ['متى تبدأ ساعات العمل في رمضان؟', 'when start working hours in Ramadan?'],
      ['هل يوجد تأمين صحي للعائلة؟', 'is there health insurance family?'],
      ['متى عطلة العيد الوطني؟', 'when National Day holiday?'],
      ['ليش انخصم من راتبي؟', 'why deduct salary?'],
      ['كم مكافأة نهاية الخدمة؟', 'how much end of service gratuity?'],
      ['هل يحق لي اجازة حج؟', 'am I entitled to Hajj leave?'],
      ['هل يوم عرفة اجازة؟', 'is Arafat Day leave?'],
      ['متى عطلة رأس السنة الهجرية؟', 'when holiday Islamic New Year?'],
      ['هل فيه اجازة للمولد النبوي؟', "is there leave Prophet's Birthday?"],
      ['كم يوم اجازة الإسراء والمعراج؟', "how many days leave Isra and Mi'raj?"],
      ['وين بطاقتي المدنية؟', 'where civil ID?'],
      // A question of one word is read too.
      ['الراتب؟', 'salary?'],
    ]);
  });

  it('reads the many spellings of one word: numerals or letters, the article apart, joined or merged', () => {
    for (const question of [
      'emta byenzal el ma3ash?',
      'emta byenzal el maash?',
      "emta byenzal el ma'ash?",
      'emta byenzal elma3ash?',
      'Emta byenzal el ma3aash?',
      'emta bynzal l ma3ash?',
    ])
      expect(readArabic(question), question).toBe('when salary paid?');
    for (const question of ['ed-dawam emta bokra?', 'ed dawam emta bokra?', 'eldawam emta bokra?'])
      expect(readArabic(question), question).toBe('when working hours tomorrow?');
    expectReadings([
      ['kam youm egaza maradeya?', 'how many days sick leave?'],
      ['kam yom ijazeh maradiyeh?', 'how many days sick leave?'],
      ['fi 7afila lel camp?', 'is there bus camp?'],
      ['fi hafila lel camp?', 'is there bus camp?'],
      ['ta2meen si77i 3ndkom?', 'is there health insurance?'],
      ['ta2min sihhi 3ndkom?', 'is there health insurance?'],
      ['shlon a5od sulfa?', 'how do I get advance?'],
      ['shlon akhod sulfa?', 'how do I get advance?'],
      ['kam tazkarat el 6ayara?', 'how much air ticket?'],
      ['kam tazkarat el tayyara?', 'how much air ticket?'],
      ['cham sa3a el dawam?', 'how many hours working hours?'],
      ['2addesh badal lmowasalat?', 'how much transport allowance?'],
      ['شو راتبي؟', 'what salary?'],
      ['امتى بينزل المرتب؟', 'when salary paid?'],
    ]);
  });

  it('keeps an unlisted Arabizi word with its numerals, and a name after the thing owned as its owner', () => {
    expect(readArabic('emta yetla3 el ma3loomat?')).toBe('when come out ma3loomat?');
    expect(readArabic('kam ratib Ustaz Ahmed?')).toBe('how much salary of Ustaz Ahmed?');
    expect(readArabic('wain maktab el mandoob fi Al Ain?')).toBe('where office PRO in Al Ain?');
  });

  it('reads a question mixed with English, with one word plainly Arabic in it', () => {
    expectReadings([
      ['kindly tell el dawam timing', 'kindly tell working hours timing'],
      ['shlon I apply for annual leave?', 'how I apply for annual leave?'],
      ['annual leave kam yom?', 'how many days annual leave?'],
      ['Is there a bus to the camp, wain el stop?', 'Is there a bus to the camp, where stop?'],
      ['el dawam bokra 3adi?', 'working hours tomorrow normal?'],
    ]);
  });

  it('keeps English with the words English has borrowed, places, names and codes as it is', () => {
    for (const english of [
      'Overtime pay on Mon?',
      'Is there leave on Eid?',
      'How many days off for Ramadan?',
      'When does the iqama expire?',
      'iqama renewal fee?',
      'is the souq near the wadi open on Friday?',
      'hajj leave for the 2nd time?',
      'what is the dawam policy?',
      'eid mubarak everyone',
      'Al Ain office address?',
      'Is the office in Shuwaikh open?',
      'Is the Jabal Ali branch open?',
      'Ahmed Al Sabah',
      'What is the salary of Fatima el Khoury?',
      'KD 3.500 for G2?',
      'Please share the A4 and P2 forms',
      'B-12 shots at 7am?',
      'is the 3am shift paid extra?',
    ]) {
      expect(typedInArabic(english), english).toBe(false);
      expect(readArabic(english), english).toBe(english);
    }
  });

  it('takes a word with a numeral for Arabizi, not a code, a figure or a unit', () => {
    for (const word of ['sa3a', 're7la', 'isra2', '3abdali', 'ma3', 'si77i', "sho3'l"])
      expect(isArabizi(word), word).toBe(true);
    for (const code of ['A4', 'P2', 'G2', 'KD', 'B-12', '2nd', '24h', '7am', 'mp3', 'B52', '3.500'])
      expect(isArabizi(code), code).toBe(false);
  });

  it("reads no other language's chat as Arabic", () => {
    for (const other of [
      'La navetta parte alle 6?',
      'wen is eid holiday?',
      'if i use my own car to go from hal far to marsa for a duty what mileage do we get?',
      'sa dite pushim vjetor kam?',
      'kur del rroga e dhjetorit?',
      'Bogura depot er cash counter koyta theke koyta khola thake?',
      'mujhe ye shift ache nahi lage, kya main badal sakta hoon?',
      'hostel ka gate kitne baje band hota hai?',
      'salary kab credit hua? mera kam ka paisa kitna hai?',
      'kya hostel mein AC milta hai?',
      'Lukla hostel ma kati raat free basna paincha?',
      'kapan gajian bulan ini? mau bayar cicilan',
      'koliko dana ferija imam ako sam 10 god u firmi?',
      'kada se isplacuje regres?',
      'a qué hora cierra la enfermería los viernes?',
      'la prime de fin d’année est versée quand stp',
      'quanti giorni di ferie ho? quando arriva la busta paga?',
    ]) {
      expect(typedInArabic(other), other).toBe(false);
      expect(readArabic(other), other).toBe(other);
    }
  });

  it('reads Chadian Arabic mixed with French: chunu, yatu, kikkeef, kam, yom chunu, hagg, lei, nidoor', () => {
    expectReadings([
      [
        "per diem hana mission N'Djamena kam lei al cadres?",
        "how much per diem mission N'Djamena for cadres?",
      ],
      ['avance hagg al Tabaski kam? w yantuuha yom chunu', 'how much advance Tabaski, and when give it?'],
      [
        'ana nimshi mission al usbu al jay, lazim nkallim al bureau gabul kam yom?',
        'go mission next week. how many days need inform office before?',
      ],
      ['al mahiya tanzil yom chunu?', 'when salary paid?'],
      [
        'ana mayid al yom, nidoor ijaza hagg marad, kikkeef nagdar nalga?',
        'sick today, sick leave. how can I get?',
      ],
      [
        'abui mat amis, ijaza hagg al mawt kam yom?',
        'father died yesterday. how many days bereavement leave?',
      ],
      ['yatu yantu al avance hagg al Tabaski?', 'who give advance Tabaski?'],
      ['wen al bureau hagg al DRH?', 'where office DRH?'],
      ['ijaza hagg al wilada kam shahar lei al mara?', 'how many months maternity leave for wife?'],
      ['nidoor avance hagg al mahiya, kikkeef?', 'salary advance. how?'],
      ['al per diem hagg Moundou bi kam?', 'how much per diem Moundou?'],
      ['chunu al waraga al lazim lei al ijaza?', 'what paper need for leave?'],
      ['al mahiya hagg al shahar da tanzil yom chunu?', 'when salary this month paid?'],
      ['kam saa al xidma fi al yom?', 'how many hours work in today?'],
      [
        'ana nimshi Abeche ambukra, al frais de mission yantuuha wakit chunu?',
        'go Abeche tomorrow. what time frais de mission give it?',
      ],
      ['iyal hanai mayidin, nagdar nashiil ijaza?', 'children sick. can I take leave?'],
      ['Ramadan al xidma tabda saa kam?', 'what time Ramadan work start?'],
      ['wein al bureau hagg al comptable?', 'where office comptable?'],
      ['malla al mahiya ma tanzil?', 'why salary paid?'],
      [
        "ana nidoor nimshi al usbu al jay w nirja ba'ad usbu, lazim nkallim yatu?",
        'go next week, return after week. who need inform?',
      ],
      ['al gursh hagg al transport kam lei yom?', 'how much money transport per day?'],
      ['ummi mayida, nagdar nashiil ijaza bala mahiya?', 'mother sick. can I take unpaid leave?'],
      ['kam yom lei al iid al kabir?', 'how many days for Eid al-Adha?'],
      ['fii avance lei al Tabaski?', 'is there advance for Tabaski?'],
      ['rajil hanai mat, ijaza kam yom?', 'husband died. how many days leave?'],
      ['al cotisation CNSS hagg al shahar kam?', 'how much cotisation CNSS month?'],
      [
        'Salam, al per diem hagg al mission lei al chauffeurs kam?',
        'how much per diem mission for chauffeurs?',
      ],
      ['al heures sup kam lei saa?', 'how much overtime per hour?'],
      ['ijaza kam yom lei al sana?', 'how many days leave per year?'],
      ['Kikkeef nalga attestation de travail?', 'how get certificate de travail?'],
      ['al prime hagg al Ramadan yantuuha yom chunu?', 'when bonus Ramadan give it?'],
      [
        'al mission hagg Sarh, al per diem bi kam w al transport yatu yantu?',
        'mission Sarh. how much per diem, and who transport give?',
      ],
    ]);
  });

  it('keeps "and" before a question going on in a sentence of its own, in every dialect', () => {
    expectReadings([
      ['kam el ratib? w emta yenzal?', 'how much salary, and when paid?'],
      ['shu el dawam? w ween el bus', 'what working hours, and where bus?'],
    ]);
  });

  it('keeps French and English chat without Chadian Arabic as it is, its "lei", "amis", "mat" and "wen" too', () => {
    for (const other of [
      'slt jai perdu mon badge, on retient combien?',
      'cmt demander une avance?',
      'bjr, la prime de Tabaski est versée quand?',
      'c koi le montant du per diem pour une mission a Moundou?',
      'on a droit a combien de jours de conge pour un deces?',
      'mes amis disent que la paie arrive en retard, c vrai?',
      'est ce que le bureau est ouvert le samedi?',
      'qui signe les ordres de mission?',
      'comment faire pour avoir une attestation de travail?',
      'le salaire du mois de ramadan sera payé quand?',
      'ya t il une avance sur salaire pour la Tabaski?',
      'mon pere est decede, combien de jours de conge?',
      'la fiche de paie de mardi, c’est où?',
      'les frais de mission sont payés quand stp?',
      "How much is the per diem for N'Djamena?",
      'When is the Tabaski holiday?',
      'Who approves my leave request?',
      'is the prayer mat provided at the camp?',
      'Salariul va fi platit in lei?',
      'my friend Lee said the mara office is closed, when does it open?',
    ]) {
      expect(typedInArabic(other), other).toBe(false);
      expect(readArabic(other), other).toBe(other);
    }
  });

  it('drops the forms of Arabic verbs neither English nor the knowledge base knows, never a name', () => {
    const written = 'emta bysakkro el kantin? Ahmed Saleh?';
    const read = readArabic(written);
    expect(read).toBe('when bysakkro canteen? Ahmed Saleh?');
    expect(withoutUnknownArabic(read, written, noWords)).toBe('when canteen? Ahmed Saleh?');
    const deducted = 'addesh bykhasmo min el ratib?';
    expect(withoutUnknownArabic(readArabic(deducted), deducted, noWords)).toBe('how much salary?');
  });
});

describe('Krio and Pidgin about a meeting (review)', () => {
  it('is no Arabic: "mitin" is a meeting', () => {
    for (const q of ['wen di mitin go start?', 'wen di mitin?', 'wen di staff mitin?'])
      expect(readArabic(q)).toBe(q);
  });
});
