/**
 * @module The everyday words of a Romanian question about work, with their English: verbs in the forms a
 * question uses (what a person does: "plateste", "primesc", "lucrez"), the nouns of time and pay a question
 * counts in, and the few phrases Romanian names a kind of leave or of hours with ("concediu de odihna", "ore
 * suplimentare"). A verb that says nothing of the topic ("fac", "merg", "ramane") reads as nothing, so it is
 * not taken for a word the base lacks. Written from general knowledge of Romanian as Romania and Moldova type
 * it in chat, compared with the marks of "ă â î ș ț" folded and with Moldova's older "î" for "â" ("cînd",
 * "pînă", "săptămînă") listed beside; not from any organisation's documents or questions. Russian words
 * Moldovan staff mix in ("otpusk", "zarplata") are not here: they are read elsewhere.
 */

// Each line: the English ('-' for none), then the forms, folded. One verb or noun a line.
// biome-ignore format: one word a line keeps the list readable and easy to review
const LINES = [
  'pay: plati plateste platesc platim platesti plata platile achita achitam achitat',
  'paid: platit platita platite platiti',
  'get: primi primesc primeste primim primiti primesti primit primita primite',
  'take: lua iau ia luam luati luat',
  'open: deschide deschid deschidem deschis deschisa deschise',
  'close: inchide inchid inchidem inchis inchisa inchise',
  'start: incepe incep incepem',
  'finish: termina termin terminam terminat terminata sfarseste',
  'leave: pleca pleaca plec plecam plecat iese ies iesim',
  'arrive: ajunge ajung ajungem ajuns soseste sosesc',
  'request: cer cere cerem cerut cerere cererea cereri solicit solicita solicitam solicitare',
  'submit: depun depune depunem depus predau preda',
  'call: suna sun sunam sunati apelez apeleaza',
  'send: trimit trimite trimitem trimis',
  'respond: raspunde raspund raspuns',
  'return: returnez returneaza returnare intorc intoarce',
  'deduct: scade scad scazut scazuta retin retine retinut retinere',
  'calculate: calculeaza calculez calculat calcul calculul',
  'stop: opreste opresc oprim oprire',
  'contact: adresez adreseaza contactez contacteaza',
  'happen: intampla intimpla',
  'reason: motiv motivul motive',
  'reimburse: ramburseaza rambursez rambursare decontez deconteaza decontare decont compenseaza compensare',
  'earn: castig castiga castigam',
  'sign: semnez semneaza semnam semnat semnatura',
  'report: raportez raporteaza raport',
  'notify: anunt anunta anuntam anuntat instiintez',
  'absent: lipsesc lipseste lipsim lipsa absentez absenta absente',
  'resign: demisionez demisioneaza demisie demisia',
  'dismiss: concediaza concediez concediat concediere',
  'work: lucra lucrez lucreaza lucram lucrati lucrat lucru lucrul munca munci muncesc munceste muncim',
  'change: schimba schimbam schimbat schimbare',
  'travel: calatoresc calatoreste calatorie',
  'smoke: fumez fumeaza fuma fumat',
  'park: parchez parcheaza parcare parcarea',
  'eat: manca mananc mananca mancam mancare',
  'lunch: pranz pranzul pranzului prinz',
  'lose: pierd pierde pierdut',
  'birth: nastere nasterea nasc naste nascut',
  'married: casatoresc casatoreste casatorie casatoria nunta',
  'death: deces decesul decedat moare murit',
  'funeral: inmormantare inmormantarea',
  'injury: accidentat accidentare ranit',
  'sick: bolnav bolnava bolnavi boala imbolnavit',
  'move: mut muta mutare',
  'hire: angajez angajeaza angajare',
  'employee: angajat angajata',
  'colleague: coleg colegul colega',
  'colleagues: colegi colegii colegilor',
  'employees: angajati angajatii salariati',
  'documents: acte actele documente documentele',
  'leave: concediu concediul concediului concedii',
  'shift: tura ture turei turele schimb schimbul schimbului schimburi',
  'holiday: sarbatoare sarbatoarea',
  'holidays: sarbatori sarbatorile sarbatorilor',
  'Easter: paste pastele pastelui',
  'Christmas: craciun craciunul craciunului',
  'salary: salariu salariul salariului salarii salarul leafa',
  'payslip: fluturas fluturasul fluturasi',
  'money: bani banii banilor',
  'doctor: medic medicul doctor doctorul',
  'child: copil copilul copilului',
  'children: copii copiii',
  'hours: ore orele program programul programului',
  'hour: ora',
  'minimum: minim minima minimum',
  'maximum: maxim maxima maximum',
  'problem: problema probleme problemele',
  'complaint: plangere plangerea reclamatie',
  'free: gratuit gratuita gratuite gratis',
  'night: noapte noaptea',
  'day: zi ziua',
  'days: zile zilele',
  'week: saptamana saptamina',
  'weeks: saptamani saptamanile saptamini',
  'month: luna lunii',
  'months: lunile',
  'year: an anul anului',
  'years: ani anii anilor',
  'minutes: minute minutele',
  'middle: mijloc mijlocul',
  'beginning: inceput inceputul',
  'end: sfarsit sfarsitul sfirsitul',
  'until: pana pina',
  'after: dupa',
  'before: inainte',
  'without: fara',
  '-: fac face facem faceti facut trebui vreau vrea vrem vreti dau da dam dati dat merg merge mergem mers vine venim veni venit dureaza dureze zice zic spuneti spui spune spun spus ramane raman ramas trece trec pune pun pus duc duce aduc aduce stiu stie stim afla aflu putea',
];

// A local noun with its article ("avansul", "microbuzul") reads as the noun the base writes ("avans"), for
// the glossary to read it from there: these name a thing of the workplace, not a word English has.
// biome-ignore format: one word a line keeps the list readable and easy to review
const LOCAL = [
  'avans: avansul avansului',
  'sef: seful sefului sefa sefei',
  'cantina: cantinei',
  'microbuz: microbuzul microbuzului microbuze microbuzele',
  'transport: transportul transportului',
  'depozit: depozitul depozitului',
  'fabrica: fabricii',
  'deplasare: deplasarea deplasari deplasarii',
  'diurna: diurnei',
  'tichete: tichetele',
];

/** Each Romanian form, folded, with the English it reads as ('' for none), or a local noun without its article. */
export const ROMANIAN_WORDS: ReadonlyMap<string, string> = new Map(
  [...LINES, ...LOCAL].flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(' ').map((form) => [form, english === '-' ? '' : english] as const);
  }),
);

/**
 * The phrases Romanian names a kind of leave, of hours or of day with, and says when with, folded, with the
 * English a handbook names them by: read before single words, so "concediu de odihna" is no "leave" and a
 * dropped "de", and "sa schimb tura" changes a shift ("schimb" alone is one).
 */
export const ROMANIAN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['concediu de odihna', 'annual leave'],
  ['concediul de odihna', 'annual leave'],
  ['concediu anual', 'annual leave'],
  ['concediu medical', 'sick leave'],
  ['concediul medical', 'sick leave'],
  ['concediu de boala', 'sick leave'],
  ['foaie de boala', 'sick note'],
  ['foaia de boala', 'sick note'],
  ['certificat medical', 'medical certificate'],
  ['certificatul medical', 'medical certificate'],
  ['concediu de maternitate', 'maternity leave'],
  ['concediul de maternitate', 'maternity leave'],
  ['concediu de paternitate', 'paternity leave'],
  ['concediu fara plata', 'unpaid leave'],
  ['concediu pentru ingrijirea copilului', 'parental leave'],
  ['ore suplimentare', 'overtime'],
  ['orele suplimentare', 'overtime'],
  ['zi libera', 'day off'],
  ['ziua libera', 'day off'],
  ['zile libere', 'days off'],
  ['zi lucratoare', 'working day'],
  ['zile lucratoare', 'working days'],
  ['program de lucru', 'working hours'],
  ['programul de lucru', 'working hours'],
  ['fluturas de salariu', 'payslip'],
  ['fluturasul de salariu', 'payslip'],
  ['pauza de masa', 'lunch break'],
  ['pauza de pranz', 'lunch break'],
  ['zi de nastere', 'birthday'],
  ['anul nou', 'New Year'],
  ['sa schimb', 'change'],
  ['luna asta', 'this month'],
  ['luna aceasta', 'this month'],
  ['luna viitoare', 'next month'],
  ['luna trecuta', 'last month'],
  ['saptamana asta', 'this week'],
  ['saptamana viitoare', 'next week'],
  ['saptamana trecuta', 'last week'],
  ['anul asta', 'this year'],
  ['anul acesta', 'this year'],
  ['anul viitor', 'next year'],
  ['anul trecut', 'last year'],
];
