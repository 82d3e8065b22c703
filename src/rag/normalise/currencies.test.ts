import { describe, expect, it } from 'vitest';
import { currenciesAsked, currencyOf, holdsMoneyIn } from './currencies.js';
import { lexicalEquivalents } from './index.js';

describe('currencies', () => {
  it('knows a currency by its sign, code or name', () => {
    expect(currencyOf('R')?.code).toBe('ZAR');
    expect(currencyOf('cad')?.code).toBe('CAD');
    expect(currencyOf('rupees')?.code).toBe('INR');
    expect(currencyOf('£')?.code).toBe('GBP');
    expect(currencyOf('doubloons')).toBeUndefined();
    // The Caribbean's dollars by their own signs.
    expect(currencyOf('J$')?.code).toBe('JMD');
    expect(currencyOf('TT$')?.code).toBe('TTD');
    expect(currencyOf('EC$')?.code).toBe('XCD');
    // Bangladesh writes the taka's sign in letters.
    expect(currencyOf('Tk')?.code).toBe('BDT');
    expect(holdsMoneyIn('For the staff bus, Tk 600 a month is deducted.', 'taka')).toBe(true);
    expect(holdsMoneyIn('Festival bonus: Tk. 12,500/- each Eid', 'taka')).toBe(true);
    expect(lexicalEquivalents('Tk 600 a month')).toContain('bdt');
    // A tank's tag is no taka.
    expect(lexicalEquivalents('Fill tank TK101 before startup.')).not.toContain('bdt');
    expect(holdsMoneyIn('Open valve TK 102 first', 'taka')).toBe(false);
    // The boliviano's "Bs." before a figure; not a British Standard.
    expect(holdsMoneyIn('The bono de asistencia is Bs. 150 a month.', 'bolivianos')).toBe(true);
    expect(lexicalEquivalents('Bs 1.250,50 a quincena')).toContain('bob');
    expect(lexicalEquivalents('Helmets to BS 7799 only')).not.toContain('bob');
    // The Tunisian dinar's "DT" after a figure, with its millimes.
    expect(holdsMoneyIn('Déjeuner ticket: 0,700 DT; visitors 6,000 DT a meal.', 'dinars')).toBe(true);
    expect(lexicalEquivalents('45 DT a night')).toContain('tnd');
    // Its millimes after a comma are decimals; "dt" in lower case before a slash is decitonnes.
    expect(lexicalEquivalents('Ticket 0,700 DT')).toContain('tnd0p70');
    expect(lexicalEquivalents('Visitors 6,000 DT a meal')).toContain('tnd6');
    expect(lexicalEquivalents('Night premium 1 250,500 DT')).toContain('tnd1250p50');
    expect(lexicalEquivalents('Yield 80 dt/ha')).not.toContain('tnd');
    // The metical's "MT" after a figure with its centavos, not tonnes; the Rwandan franc's "Frw"; the Uzbek sum.
    expect(holdsMoneyIn('Lost card: 250,00 MT, taken from the next pay.', 'meticais')).toBe(true);
    expect(lexicalEquivalents('Bata: 850,00 Mt each')).toContain('mzn');
    expect(lexicalEquivalents('The warehouse holds 500 MT of raw nuts.')).not.toContain('mzn');
    expect(holdsMoneyIn('A new card costs Frw 2,000.', 'francs')).toBe(true);
    expect(lexicalEquivalents('12 500 Frw a month')).toContain('rwf');
    expect(holdsMoneyIn("Lunch is 14 ming so'm for staff.", 'sums')).toBe(true);
    expect(lexicalEquivalents("Bonus: 150 000 so'm a month")).toContain('uzs');
    expect(lexicalEquivalents("Lunch is 14 ming so'm")).toContain('uzs14000');
    // The Paraguayan guaraní's "Gs." and "₲"; the euro written in Greek.
    expect(holdsMoneyIn('The jornal is Gs. 130.000 a day.', 'guaranies')).toBe(true);
    expect(lexicalEquivalents('₲ 85.000 per month')).toContain('pyg');
    expect(holdsMoneyIn('Το γεύμα κοστίζει 2,50 ευρώ.', 'euros')).toBe(true);
    // The Jordanian dinar's "JD" before a figure; the lev, the euro, the som and the rouble in Cyrillic.
    expect(holdsMoneyIn('Evening shift allowance, grades 1–4: JD 2.500', 'dinars')).toBe(true);
    expect(lexicalEquivalents('Grades 1–4: JD 2.500 a shift')).toContain('jod');
    expect(lexicalEquivalents('Send the updated JD 2 weeks before the panel')).not.toContain('jod');
    // Kuwait's "KD" with its fils, Bhutan's "Nu.", the CFA franc before a figure, Suriname's and Belarus's codes.
    expect(holdsMoneyIn('The freezer allowance is KD 2.000 per shift.', 'dinars')).toBe(true);
    expect(lexicalEquivalents('Report to gate KD 2 at 7')).not.toContain('kwd');
    expect(holdsMoneyIn('The company pays up to Nu. 1,00,000 a year.', 'ngultrum')).toBe(true);
    expect(lexicalEquivalents('Daily allowance Nu 1,350 per day')).toContain('btn');
    expect(holdsMoneyIn('Meals cost Nu 150 per day, deducted from your salary.', 'ngultrum')).toBe(true);
    expect(lexicalEquivalents('Nu 2 per dag mogelijk.')).not.toContain('btn');
    expect(holdsMoneyIn('Vaartoeslag SRD 45 per vaart', 'dollars')).toBe(true);
    expect(lexicalEquivalents('Zie SRD 4 voor details')).not.toContain('srd');
    expect(lexicalEquivalents('nu 3 dagen vrij')).not.toContain('btn');
    expect(lexicalEquivalents('Nu 3 dagen vrij na de geboorte.')).not.toContain('btn');
    expect(lexicalEquivalents('See SRD 4.2 for details')).not.toContain('srd');
    expect(holdsMoneyIn('Vaartoeslag: SRD 45,- per vaart', 'dollars')).toBe(true);
    expect(holdsMoneyIn('La prime est de FCFA 1 500 par jour.', 'francs')).toBe(true);
    expect(lexicalEquivalents('Voorschot tot SRD 1.250,00')).toContain('srd');
    expect(lexicalEquivalents('Суточные 45,50 BYN в день')).toContain('byn');
    expect(holdsMoneyIn('Дневни: 20 лв. на ден', 'leva')).toBe(true);
    // The Maldivian rufiyaa's "Rf", in its own case: "RF 150" is radio frequency.
    expect(holdsMoneyIn('A replacement card costs Rf 250, taken from your next salary.', 'rufiyaa')).toBe(
      true,
    );
    expect(lexicalEquivalents('Charges · Item: Lost room key · Charge: Rf 150')).toContain('mvr');
    expect(lexicalEquivalents('A takeaway box costs Rf. 30.')).toContain('mvr');
    expect(lexicalEquivalents('Set the RF 150 channel on the radio.')).not.toContain('mvr');
    expect(lexicalEquivalents('Overtime meals: Rf 1500 a month')).toContain('mvr');
    // A chromatogram's retention factor is a ratio (second review).
    expect(holdsMoneyIn('The spot runs at Rf 0.35 on silica.', 'rufiyaa')).toBe(false);
    expect(lexicalEquivalents('Дневни 30 евро на ден')).toContain('eur');
    expect(holdsMoneyIn('A new badge costs 300 сом.', 'som')).toBe(true);
    expect(lexicalEquivalents('Premiya: 12 500 сом a month')).toContain('kgs');
    expect(lexicalEquivalents('Minst 2 som har førstehjelpskurs')).not.toContain('kgs');
    expect(lexicalEquivalents('Each bale weighs 20 KGS.')).not.toContain('kgs');
    expect(lexicalEquivalents('Обед 250 руб. в день')).toContain('rub');
    expect(lexicalEquivalents('Такси 2 000 рубля')).toContain('rub');
    // The Lao kip, the Armenian dram, the CFA franc written apart.
    expect(holdsMoneyIn('A lost key costs 50,000 kip.', 'kip')).toBe(true);
    expect(lexicalEquivalents('Per diem ₭150,000 a day')).toContain('lak');
    expect(holdsMoneyIn('Hotel: up to 45 000 ֏ a night', 'drams')).toBe(true);
    expect(lexicalEquivalents('Meal allowance 6 000 դրամ')).toContain('amd');
    expect(lexicalEquivalents('Staff may taste 1 dram per shift')).not.toContain('amd');
    expect(lexicalEquivalents('Laptops with AMD 5 chips')).not.toContain('amd5');
    expect(holdsMoneyIn('Plat du jour : 500 F CFA', 'francs')).toBe(true);
    // The Myanmar kyat, the Honduran lempira (its "L" only before cents or thousands), a forint amount closed by ",-".
    expect(lexicalEquivalents('Ferry fee 6,000 Ks a month')).toContain('mmk6000');
    expect(lexicalEquivalents('Bono: L 1,250.00 al mes')).toContain('hnl1250');
    expect(lexicalEquivalents('Lps. 3,200 a month')).toContain('hnl3200');
    expect(lexicalEquivalents('Size L 2 only; L 12 for line 12')).not.toContain('hnl');
    expect(lexicalEquivalents('Bonus: 12.500,- Ft a month')).toContain('huf12500');
  });

  it('reads a Jamaican or Trinidadian amount as dollars, and a CRC or BSD as no money', () => {
    expect(holdsMoneyIn('Transport: J$450 for each day worked', 'dollars')).toBe(true);
    expect(holdsMoneyIn('Meal allowance TT$ 85.00', 'dollars')).toBe(true);
    expect(lexicalEquivalents('J$4,500 a night')).toContain('jmd');
    expect(lexicalEquivalents('CRC 32 of the file')).not.toContain('colones');
    // A dollar's sign of letters in capitals only: "g$1" in a search pattern is no Guyanese dollar.
    expect(lexicalEquivalents('grep -c g$1 log.txt')).not.toContain('gyd');
  });

  it('reads the currency a question asks in: by name or symbol anywhere, by code only beside money', () => {
    expect(currenciesAsked('How much is it in rand?')).toEqual(['rand']);
    expect(currenciesAsked('Is a $40 cab ride covered?')).toEqual(['dollars']);
    expect(currenciesAsked('How much is it in CAD?')).toEqual(['dollars']);
    expect(currenciesAsked('What is the limit, CAD 500?')).toEqual(['dollars']);
    // A code or a name that is another word: no currency asked.
    expect(currenciesAsked('How much is the CAD software licence?')).toEqual([]);
    expect(currenciesAsked('I won an award - how much is the bonus?')).toEqual([]);
    expect(currenciesAsked('Should I try the online form first?')).toEqual([]);
    expect(currenciesAsked('How many pounds can I lift?')).toEqual([]);
  });

  it('tells whether a text holds money in the currency of a name, whichever country of it', () => {
    expect(holdsMoneyIn('Limit per month: R22 000', 'rand')).toBe(true);
    // The kwacha's "K" before a figure of thousands or of three digits; not a grade, a model or a school's K-12.
    expect(holdsMoneyIn('Starting: K4,850 a month', 'kwacha')).toBe(true);
    expect(holdsMoneyIn('Meal allowance K150 a night', 'kwacha')).toBe(true);
    // With its ngwee or toea, a one- or two-digit figure is money too: Papua New Guinea's kina is written the same.
    expect(holdsMoneyIn('A hot lunch plate for K6.00.', 'kwacha')).toBe(true);
    // The pula's "P" before a figure with its thebe or of thousands; not a tax form, a grade or a p-value.
    expect(holdsMoneyIn('A new card costs P150.00, deducted from your salary.', 'pula')).toBe(true);
    expect(holdsMoneyIn('Shift allowance P1,250 a month', 'pula')).toBe(true);
    for (const text of [
      'Your P45 and P60 are in TiroHub.',
      'A P2 job is fixed within a day.',
      'P < 0.05',
      'form P11D',
    ])
      expect(holdsMoneyIn(text, 'pula')).toBe(false);
    // The tugrik, tenge, rouble, lari and króna by code, sign or name, before or after the figure.
    expect(holdsMoneyIn('up to MNT 1,500,000 per season', 'tugrik')).toBe(true);
    expect(holdsMoneyIn('A cold-weather payment of 12 500 ₸ a month.', 'tenge')).toBe(true);
    expect(holdsMoneyIn('KZT 180 000 a year', 'tenge')).toBe(true);
    expect(holdsMoneyIn('The fare is 450 ₽.', 'roubles')).toBe(true);
    expect(holdsMoneyIn('a fee of 30 lari', 'lari')).toBe(true);
    expect(holdsMoneyIn('a deposit of ISK 4.000', 'krónur')).toBe(true);
    expect(holdsMoneyIn('The deposit is 4.000 kr.', 'krónur')).toBe(true);
    expect(holdsMoneyIn('a bonus of 500,000 tugriks', 'tugrik')).toBe(true);
    // GEL, RUB and MNT in capitals are hand gel, "rub in" and maintenance unless the figure is plainly money; Lari
    // is a Finnish first name.
    for (const text of ['ULTRASOUND GEL 250 ML', 'RUB 2 MINUTES THEN RINSE', 'Work order MNT 4'])
      expect(['lari', 'roubles', 'tugrik'].some((name) => holdsMoneyIn(text, name))).toBe(false);
    expect(currenciesAsked('How much does Lari get paid for overtime?')).toEqual([]);
    // After a figure such a code is money ("15 GEL"); "3 AED units" and "95 RON" petrol are not.
    expect(holdsMoneyIn('A new card costs 15 GEL, taken from your salary.', 'lari')).toBe(true);
    expect(holdsMoneyIn('Never keep more than 2,000 GEL in the cab.', 'lari')).toBe(true);
    expect(holdsMoneyIn('The hotel is 300 TRY a night.', 'lira')).toBe(true);
    expect(holdsMoneyIn('There are 3 AED units on site.', 'dirhams')).toBe(false);
    expect(currenciesAsked('how many tenge is the bonus?')).toEqual(['tenge']);
    expect(holdsMoneyIn('A cold-weather payment of 12 500 ₸ a month.', 'roubles')).toBe(false);
    // No currency is named "kina": in New Zealand it is a sea urchin.
    expect(currenciesAsked('How much is the fine for taking kina from the marine reserve?')).toEqual([]);
    for (const text of [
      'Grade K12 pupils',
      'the K9 unit',
      'K-12 schools',
      'K2 form',
      'model K9.5',
      'route K1.20a',
      'clause K3.12',
      'Article K4.25',
      'model K9.50',
    ])
      expect(holdsMoneyIn(text, 'kwacha')).toBe(false);
    expect(holdsMoneyIn('Mileage: CAD 0.68 per km', 'dollars')).toBe(true);
    expect(holdsMoneyIn('Mileage: $0.68 per km', 'dollars')).toBe(true);
    expect(holdsMoneyIn('Mileage: £0.45 per mile', 'dollars')).toBe(false);
    // A currency with no sign read before a figure still needs its name: a bare number is no dirham.
    expect(holdsMoneyIn('Room 5 has 3 beds', 'dirhams')).toBe(false);
    expect(holdsMoneyIn('The fee is 50 dirhams.', 'dirhams')).toBe(true);
  });

  it('reads the rand only before a rand-like figure, never a form, a grade, a room or a code', () => {
    for (const text of ['R2 form', 'Grade R3', 'Submit form R14', 'Room R101', 'Section R4 applies', 'R2-D2'])
      expect(lexicalEquivalents(text)).toBe('');
    expect(lexicalEquivalents('R350 a month')).toBe('350 zar rand zar350');
  });

  it('reads a code in capitals only, and not the codes that are common acronyms at work', () => {
    expect(lexicalEquivalents('Try 3 times')).toBe('');
    expect(lexicalEquivalents('We have 3 AED units')).toBe('');
    expect(lexicalEquivalents('PHP 8 is required')).toBe('');
    // Before a figure only money is written as (cents or thousands), such a code is the currency after all.
    expect(lexicalEquivalents('claim up to PHP 450.00 per trip')).toBe('pesos php450 maximum max limit');
    expect(lexicalEquivalents('parking costs PHP 1,500.00 a month')).toBe('1500 pesos php1500');
    expect(lexicalEquivalents('PHP 1500 and PHP 8.1 are versions')).toBe('');
    // The codes of more countries: Chile, Colombia, Hungary; a code that is also a word only before money.
    expect(lexicalEquivalents('a lost badge costs CLP 8,000')).toBe('8000 pesos clp8000');
    expect(lexicalEquivalents('HUF 12,000 a month')).toBe('12000 forint huf12000');
    expect(lexicalEquivalents('COP 45,000 per night')).toBe('45000 pesos cop45000');
    expect(lexicalEquivalents('bring a PEN 4 you')).toBe('');
    // Grouped with spaces before a code or a name, as before a sign.
    expect(lexicalEquivalents('12 500 CZK a month')).toBe('12500 koruna czk12500');
    expect(lexicalEquivalents('page 3 and 500 CZK')).toBe('koruna czk500');
    expect(lexicalEquivalents('a 10 cad fee')).toBe('');
    expect(lexicalEquivalents('a CAD 10 fee')).toBe('dollars cad10');
  });

  it('reads a scale in capitals too', () => {
    expect(lexicalEquivalents('a £5 Million fund')).toBe('5000000 gbp pounds gbp5000000');
    expect(lexicalEquivalents('€2 Bn')).toBe('2000000000 eur euros eur2000000000');
  });

  it('reads every other currency the platform knows by its code, its local sign and its names', () => {
    // Panama's balboa, Madagascar's ariary (its sign after the figure too), Angola's kwanza, Haiti's gourde.
    expect(currencyOf('B/.')?.code).toBe('PAB');
    expect(lexicalEquivalents('Transporte B/. 2.50')).toBe('pab balboas pab2p50');
    expect(lexicalEquivalents('1 250 000 Ar')).toBe('1250000 mga ariaries mga1250000');
    expect(lexicalEquivalents('Kz 15,000 por mês')).toBe('15000 aoa kwanzas aoa15000');
    expect(lexicalEquivalents('Le repas coûte 75 gourdes.')).toBe('htg htg75');
    expect(holdsMoneyIn('Le repas à la cantine coûte 75 gourdes.', 'gourdes')).toBe(true);
    // "Gourdes" are water bottles too: never the currency a question asks in, and no money before "d'eau".
    expect(currenciesAsked('Combien sont facturées les gourdes perdues ?')).toEqual([]);
    // A listed currency's name stays a currency asked in: Romania's lei.
    expect(currenciesAsked('cati lei primim pe luna?')).toEqual(['lei']);
    for (const text of [
      "Chaque agent reçoit 2 gourdes d'eau",
      '3 escudos faciales',
      '2 francos por semana',
      '3 dobras',
      '85 Db',
      'Mix: 82 Ar / 18 CO2',
      '=$C5*0.15',
      'ALL 1,200 staff must attend.',
      'TOP 1,000 customers',
    ])
      expect(lexicalEquivalents(text)).not.toMatch(/[a-z]{3}\d/);
    // A sign two currencies write is each one's: Nicaragua's córdobas are written "C$" as Canada's dollars are.
    expect(holdsMoneyIn('Almuerzo: C$ 85.50 por día', 'córdobas')).toBe(true);
    expect(currencyOf('C$')?.code).toBe('CAD');
    // A code, name or sign that is a word or a tag too is no money before just any figure.
    for (const text of [
      'ALL 3 shifts',
      'TOP 10 hazards',
      'AWG 12 copper wire',
      'SDG 8 targets',
      'KM 45 of the road',
    ])
      expect(lexicalEquivalents(text)).toBe('');
    expect(lexicalEquivalents('Le 12 mai')).not.toMatch(/[a-z]{3}12/);
    expect(lexicalEquivalents('5 livres de recettes')).toBe('');
    // Before plainly money, at the end of a sentence too, such a code is the currency.
    expect(lexicalEquivalents('The deposit is CDF 2,500.')).toBe('2500 francs cdf2500');
  });

  it('reads figures grouped with dots as thousands, but for a currency of three places, and the escudo cifrão', () => {
    // "Kz 5.000" is five thousand kwanzas, as "5.000 Kz" and "Rp 1.250.000" are thousands too.
    expect(lexicalEquivalents('Subsídio: Kz 5.000 por dia')).toContain('aoa5000');
    expect(lexicalEquivalents('5.000 Kz')).toContain('aoa5000');
    expect(lexicalEquivalents('Rp 1.250.000 per bulan')).toContain('idr1250000');
    // A dinar of Kuwait has three places: "KD 1.500" is a dinar and a half.
    expect(lexicalEquivalents('KD 1.500')).toContain('kwd1p50');
    // Cabo Verde writes the cifrão where the decimal point would be: escudos, never dollars.
    expect(lexicalEquivalents('o subsídio é de 1.500$00 por mês')).toBe('1500 cve cve1500');
    expect(lexicalEquivalents('25 000$00')).toContain('cve25000');
    expect(lexicalEquivalents('350$00.')).toContain('cve350');
    expect(lexicalEquivalents('350$00')).not.toContain('usd');
    // A code that is a word too is money before thousands grouped with dots or spaces, not before a bare figure.
    expect(lexicalEquivalents('CVE 4.800')).toBe('4800 cve4800');
    expect(lexicalEquivalents('CVE 12 000 por mês')).toBe('12000 cve12000');
    expect(lexicalEquivalents('CVE 12')).toBe('');
    expect(lexicalEquivalents('CVE-2031-1234')).toBe('');
    expect(lexicalEquivalents('ALL 1.200 staff')).toBe('');
  });

  it('keeps a dot a decimal point before a leading zero, and for the dollar and the pound before one group (review)', () => {
    expect(lexicalEquivalents('Electricity costs $0.125 per kWh')).toContain('usd0p13');
    expect(lexicalEquivalents('0.500 USD')).toContain('usd0p50');
    expect(lexicalEquivalents('Petrol is $3.499 a gallon')).toContain('usd3p50');
    expect(lexicalEquivalents('$1.250.000')).toContain('usd1250000');
    expect(lexicalEquivalents('€ 1.250')).toContain('eur1250');
  });

  it('reads a code that is a word too after a figure only money is written as, and the code after a dollar sign', () => {
    expect(lexicalEquivalents('Precio: 1 500,00 CUP')).toBe('1500 pesos cup1500');
    expect(lexicalEquivalents('cuesta 2.100 CUP')).toBe('2100 pesos cup2100');
    expect(lexicalEquivalents('12 000 CVE')).toBe('12000 cve12000');
    // Cuba and Mexico write their pesos with the dollar sign: the code after it says which.
    expect(lexicalEquivalents('$2.100 CUP')).toBe('2100 pesos cup2100');
    expect(lexicalEquivalents('$ 1.500 MXN')).toBe('1500 pesos mxn1500');
    expect(lexicalEquivalents('$45 USD')).toBe('dollars usd45');
    // A count before a word in capitals is no money: a cup, a heading's "ALL" or "TOP".
    expect(lexicalEquivalents('3 CUP of rice')).toBe('');
    expect(lexicalEquivalents('1,200 ALL staff')).toBe('');
    expect(lexicalEquivalents('the 2 000 TOP sellers')).toBe('');
    // Units and words after a count, and a word after a dollar sign's figure (review).
    for (const text of ['Net weight: 1,000 KGS', 'Bale weight: 33.33 KGS', '1,250 SOS calls'])
      expect(lexicalEquivalents(text)).toBe('');
    expect(lexicalEquivalents('$10 TOP-UP')).toBe('usd dollars usd10');
    expect(lexicalEquivalents('$50 ALL INCLUSIVE')).toBe('usd dollars usd50');
  });

  it('reads Samoa’s tala after a figure or a dollar sign’s figure, with its macrons or without; not a felling', () => {
    expect(lexicalEquivalents('WST 1,250.00')).toBe('1250 tala wst1250');
    expect(lexicalEquivalents('$45 tala a week')).toBe('wst wst45');
    expect(lexicalEquivalents('a bag costs 45 tālā')).toBe('wst tala wst45');
    expect(lexicalEquivalents('la tala de 45 árboles')).toBe('');
    expect(lexicalEquivalents('45 tala de pinos')).toBe('');
  });
});
