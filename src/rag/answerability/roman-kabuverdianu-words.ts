/**
 * @module Cape Verdean Creole (Kabuverdianu) as staff type it in chat, in Santiago's (Sotavento) and São Vicente's
 * (Barlavento) varieties alike, mixed with Portuguese and English ("ond'é q m ta oiá nha folha d pagamento?",
 * "kantu dia di férias N ten?"): the words of asking, the small words of grammar, the pronouns, and everyday words
 * of pay, leave, shifts, safety, transport and documents, with what each says in English, and the words that tell
 * Kabuverdianu from Portuguese, which writes none of them. Every list is written as the reading meets a word: in
 * lower case, in one spelling (Santiago's, as ALUPEC writes it, accents folded: "kuze", "undi", "trabadja"), the
 * others ("kuzé", "ondé", "trabaiá", "tchegá") read as it. Written from general knowledge of the language, without
 * reading any organisation's documents or questions.
 */
import { ownFirst, pairsOwnFirst, meaningTable as table } from './roman-shared.js';

/** Words of asking, each with what it asks in English ("kantu" of what is counted asks how many). */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table([
    'what: kuze ke',
    'where: undi',
    'who: kenha',
    'how: modi manera',
    'how much: kantu',
    'how many: kantus',
    'which: kal',
    'why: pamodi',
    'when: kuandu',
  ]),
);

// Days, each English then Kabuverdianu; "segunda" is Monday, as Cape Verde says it without "-feira".
const DAYS: ReadonlyArray<readonly [string, string]> = [
  ['Monday', 'sigunda'],
  ['Tuesday', 'tersa'],
  ['Wednesday', 'kuarta'],
  ['Thursday', 'kinta'],
  ['Friday', 'sesta'],
  ['Saturday', 'sabadu'],
  ['Sunday', 'dumingu'],
];

// What "kantu" counts in a phrase, each with its English plural.
const COUNTED: ReadonlyArray<readonly [string, string]> = [
  ['dia', 'days'],
  ['ora', 'hours'],
  ['simana', 'weeks'],
  ['mes', 'months'],
  ['anu', 'years'],
  ['bes', 'times'],
  ['algen', 'people'],
  ['pesoa', 'people'],
  ['fidju', 'children'],
];

// Each line: the English, then the phrases that say it, apart with ' | ', in the lists' spelling. Read before
// single words, the longest first, so "kantu tenpu" asks how long and "folha di pagamentu" is the payslip.
// biome-ignore format: one English a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'what time: ki ora | ke ora | kal ora | a ki ora',
  'how long: kantu tenpu | kantus tenpu | ki tenpu',
  'which day: ki dia | ke dia | kal dia',
  'what date: ki data | kal data',
  'what kind: ki tipu | kal tipu',
  'why: pa ke | pa kuze | pamodi ki | pamodi ke',
  'until when: ti kuandu',
  'until what time: ti ki ora | ti ke ora',
  'what percent: kantu pursentu',
  'how much money: kantu dinheru',
  'can I: n pode | mi pode',
  'can we: nu pode',
  'can you: bu pode | nhos pode | bzot pode',
  'I have to: n ten ki | n ten di | mi ten ki | mi ten di',
  'we have to: nu ten ki | nu ten di',
  'you have to: bu ten ki | bu ten di | nhos ten ki | nhos ten di | bzot ten ki',
  'they have to: es ten ki | es ten di',
  'have to: ten ki | ten di',
  'I cannot: n ka pode | mi ka pode',
  'we cannot: nu ka pode',
  'cannot: ka pode',
  'for me to: pa n',
  'for us to: pa nu',
  'for you to: pa bu | pa nhos',
  'I am: n sta | mi sta | n e | mi e',
  'you are: bu sta | nhos sta | bzot sta | bu e',
  'we are: nu sta | nu e',
  'he is: el sta | el e',
  'they are: es sta',
  'not have: ka ten',
  'continue to: kontinua ta',
  'this month: es mes | kel mes li',
  'next month: prosimu mes | mes ki ta ben',
  'last month: mes pasadu',
  'this week: es simana',
  'next week: prosimu simana | simana ki ta ben',
  'last week: simana pasadu',
  'this year: es anu',
  'next year: prosimu anu | anu ki ta ben',
  'last year: anu pasadu',
  'end of month: fin di mes | fin mes',
  'per day: pa dia | por dia',
  'per hour: pa ora | por ora',
  'per week: pa simana',
  'per month: pa mes | por mes',
  'per year: pa anu | por anu',
  'for overtime: pa ora extra',
  'many people: txeu algen',
  'every day: tudu dia | kada dia',
  'payslip: folha di pagamentu | folha pagamentu | folha di salariu | resibu di salariu | resibu di pagamentu',
  'annual leave: ferias anual',
  'sick leave: baixa mediku | lisensa di duensa',
  'maternity leave: lisensa di maternidadi | lisensa maternidadi',
  'paternity leave: lisensa di paternidadi | lisensa paternidadi',
  'medical certificate: atestadu mediku | papel di mediku',
  'overtime: ora extra',
  'night shift: turnu di noti | turnu noti',
  'morning shift: turnu di parmanha | turnu parmanha',
  'day off: dia di folga',
  'public holiday: dia feriadu',
  'meal allowance: subsidiu di kumida | subsidiu di alimentason',
  'transport allowance: subsidiu di transporti',
  'cold room: kamara friu',
  'health centre: sentru di saudi',
  'ID card: bilheti di identidadi',
  'at the quay: na kais',
  'at the port: na portu',
  'at work: na trabadju',
  'at home: na kaza',
  'at the factory: na fabrika',
  'on the boat: na barku',
  'on board: a bordu | na bordu',
];

// The verbs, each English then the verb in the lists' spelling: they take no endings ("paga" is pay, paid and paying).
// biome-ignore format: a few verbs a line keeps the list short and easy to review
const VERB_LINES = [
  'work: trabadja; arrive: txiga; bring: traze; see: odja; tell: fla; know: sabe; want: kre; have: ten',
  'give: da; pay: paga; ask for: pidi; go: bai; come: ben; stay: fika; live: mora; take: toma tra leba',
  'do: faze; eat: kume; start: kumesa; finish: kaba; leave: sai; change: muda; swap: troka; lose: perde',
  'continue: kontinua; earn: ganha; receive: resebe; send: manda; call: txoma liga; sign: asina',
  'hand in: entrega; look for: buska; need: mesti pricisa; miss: falta; use: uza; wear: bisti',
  'buy: kunpra; open: abri; close: fitxa; get: pega; can: pode; is: sta',
];

/** The verbs with their English. */
export const VERBS: ReadonlyMap<string, string> = new Map(table(VERB_LINES));

// "pa" before a verb is "to" ("pa pidi férias": to ask for leave, "pa sta": to be), before anything else "for";
// "na" before a day is "on".
const TO_VERB = [...VERBS]
  .filter(([verb]) => verb !== 'pode')
  .map(([verb, english]): [string, string] => [`pa ${verb}`, `to ${english === 'is' ? 'be' : english}`]);
const ON_DAY = DAYS.map(([english, day]): [string, string] => [`na ${day}`, `on ${english}`]);
const HOW_MANY = COUNTED.flatMap(
  ([word, english]): Array<[string, string]> => [
    [`kantu ${word}`, `how many ${english}`],
    [`kantus ${word}`, `how many ${english}`],
  ],
);

/** Phrases of several words, read before single words, with their English. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(PHRASE_LINES, ' | '),
  ...HOW_MANY,
  ...TO_VERB,
  ...ON_DAY,
];

// The small words of grammar: the marks of a verb going on or done ("ta", "tita", "sa"), "ki" (that), "e" (is,
// and, or he, which no English reading needs), articles, "kel" and "kes" (that, those), and the possessives that
// say whose a thing is by a name ("se", his or hers), which say no topic.
const GRAMMAR = 'ta tita sa ki e a o um un kel kes se ma li la tudu mesmu memu';
// Words of courtesy and greeting: no topic.
const COURTESY =
  'ola oi obrigadu obrigada brigadu brigada obgd pf pfv favor ntom entao mantenha ok oke dretu';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(' '));

// Each line: a topic's meanings, each the English then the forms that say it.
// biome-ignore format: one topic a line keeps the list short and easy to review
const WORD_LINES = [
  // pronouns and the small words a question needs in English
  'I: n mi; you: bu nhos bzot; he: el; we: nu; they: es; my: nha; of: di; in the: na; for: pa; with: ku',
  'not: ka; already: dja; until: ti; yet: inda; also: tanbe; a lot: txeu; a little: poku; before: antis',
  // "si" is if ("si N sta duenti"), not "se" (his), which is dropped.
  'after: dipos; now: gosi; if: si; must: debe dive',
  // time
  'day: dia; week: simana; month: mes; year: anu; today: oji; tomorrow: manhan; yesterday: onti',
  'hours: ora; time: tenpu bes; night: noti; morning: parmanha; afternoon: tardi; early: sedu',
  'late: atrazadu; every: kada; next: prosimu; last: pasadu',
  // money
  'money: dinheru; salary: salariu; payment: pagamentu; allowance: subsidiu; bonus: bonus premiu',
  'advance: adiantamentu; deduction: diskontu; price: presu; kilo: kilu; quality: kualidadi',
  'account: konta',
  // leave, health and family
  'leave: ferias lisensa; day off: folga; public holiday: feriadu; sick leave: baixa; sick: duenti',
  'illness: duensa; pregnant: prenha; doctor: mediku dotor; hospital: ospital; certificate: atestadu',
  'accident: asidenti; injured: feridu; child: fidju; mother: mai; father: pai; wife: mudjer',
  'husband: maridu; family: familia; wedding: kazamentu; funeral: interu; people: algen pesoa',
  // work and places
  'work: trabadju; boss: patron xefi; supervisor: enkaregadu; factory: fabrika; boat: barku; quay: kais',
  'port: portu; freezer: frizer; warehouse: armazen; shift: turnu; contract: kontratu',
  'crew member: tripulanti; fisherman: peskador; fish: pexi; ice: jelu; box: kaxa; canteen: kantina',
  'food: kumida; house: kaza; letter: karta; documents: dokumentu papel; form: formulariu',
  'phone: telefoni; number: numeru',
  // safety, uniforms and transport
  'gloves: luva; boots: bota; helmet: kapasete; glasses: oklus; vest: kolete; uniform: farda',
  'safety: seguransa; transport: transporti; car: karu; bus: autokaru; driver: motorista; road: kaminhu',
];

// Months, each English then Kabuverdianu; the days are above.
const MONTHS = pairsOwnFirst(
  'January janeru February fevereru March marsu April abril May maiu June junhu July julhu August agostu September setenbru October otubru November novenbru December dizenbru',
);

/** Everyday words, the verbs, days and months with their English. */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ...table(WORD_LINES),
  ...VERBS,
  ...ownFirst(DAYS),
  ...MONTHS,
]);

/**
 * Words only Kabuverdianu writes, as typed: no Portuguese, Spanish, Haitian, Tetum or English word is spelt so
 * ("nha", "nhôs", "djá", "txeu", "oiá", "kuzé", "quont", "tchegá", "trabaiá"; a Barlavento verb with its stress
 * marked, "pagá", "trazê", which Portuguese writes only with an ending). The signs that a question is typed in it.
 */
export const OWN: ReadonlySet<string> = new Set(
  'nha nhas nhos nhôs nhós bzot bzôt bzót dja djá txeu tchêu tcheu tchéu tchew fla flá odja oiá oia odjá kuze kuzé kusé kuse kzé undi ondé ond kenha kenh quenha modi manera kantu kantus quant quont quonts konts pamodi pamód pamod pamode kuandu quond kondu qu tita txiga tchegá tchega txigá trabaiá trabaia trabadja trabadjá trabadju trabói mudjer mudjé fidju fidj onti oji manhan dinheru dinher kumesa começá kaba cabá kabá pagá trazê traze fazê comê podê sabê perdê recebê resebe continuá tmá fcá mudá trocá ganhá pidi pedí levá mandá tchmá txoma assiná entregá buscá buska mestê mesti precisá pricisa faltá bistí kunpra comprá abrí fitxa fetchá duenti duensa noti transporti barku pexi kumida dumingu sigunda simana kualidadi gosi parmanha sedu antis dipos dipôs depôs tanbe tambê poku pouc inda ntom bô nhor'.split(
    ' ',
  ),
);

/** Kabuverdianu's own words of asking, as typed: one of them beside one of its small words (`WEAK`) is enough. */
export const OWN_ASKING: ReadonlySet<string> = new Set(
  'kuze kuzé kusé kuse kzé undi ondé ond kenha kenh quenha modi manera kal kual kantu kantus quant quont quonts konts pamodi pamód pamod pamode kuandu quond kondu qu'.split(
    ' ',
  ),
);

/** Kabuverdianu's small words that other languages type too ("m", "bu", "ki", "ta"): a sign only beside its own asking. */
export const WEAK: ReadonlySet<string> = new Set('n m mi bu bo nha ki ta di d ka'.split(' '));

/**
 * Portuguese's own words of grammar, asking and its common verbs, which Kabuverdianu never writes ("o", "meu",
 * "você", "quanto", "tenho", "não"): more of them than of Kabuverdianu's own, and the question is Portuguese.
 */
export const PORTUGUESE: ReadonlySet<string> = new Set(
  'o os as do dos das no nas ao aos à um uma uns umas meu meus minha minhas teu tua seu sua nosso nossa você voce vc vcs eu ele ela eles elas isso isto esse essa este esta estou está estão sou são não nao quanto quanta quantos quantas quando porque porquê pelo pela pelos pelas pra com sem tenho temos tens posso podemos quero queria vou vai vamos preciso precisa recebo recebe vejo ver fazer tirar ter ser estar foi era há até também ainda muito muita que em me lhe por'.split(
    ' ',
  ),
);

// Chat's and Barlavento's spellings, and Portuguese's, each after the spelling the lists use.
// biome-ignore format: one topic a line keeps the list short and easy to review
const SHORT = table([
  // asking
  'kuze: kuzé kusé kuse kzé kze cuzé cusé kuzê kusê kuzi; ke: quê kê ké qué qu; ki: q que qui k',
  'undi: ondé ond onde ondi und; kenha: kenh quem ken kem quenha; modi: mod moda modé maneira',
  'kantu: quant quont kont kuantu kant quantu quonto; kantus: quonts quants konts kuantus',
  'kal: qual kual; pamodi: pamód pamod pamode pamodé pamó; kuandu: quond kond kondu quondu kuondu qnd',
  // pronouns and grammar
  'n: m; bu: bo bô bó; nu: nos nôs nós; nhos: nhôs nhós; bzot: bzôt bzót; es: ês; nha: nhas; se: sê',
  'di: d de; pa: p pá; ku: cu ko kum; ti: tê; e: é; dja: djá; txeu: tchêu tcheu tchéu tchew txéu',
  'poku: pouc pok poko; tanbe: tambê tanbê; dipos: dipôs depôs despôs; antis: antes; tudu: tudo tud',
  'dretu: dret dreto; sta: tá stá',
  // verbs as Barlavento and Portuguese spell them
  'trabadja: trabaiá trabaia trabadjá; trabadju: trabói trabalho trabadj trabadjo',
  'txiga: tchegá tchega txigá chegá chega; traze: trazê trazi; odja: oiá oia odjá; fla: flá flan flam',
  'sabe: sabê sab sabi; kre: crê kré; pode: podê pudi podi; ten: tem tên; da: dá; paga: pagá',
  'pidi: pedi pedí; bai: bá; ben: bem; fika: fcá fica ficá; toma: tmá tomá; tra: tirá; leba: levá',
  'faze: fazê fazi; kume: comê kumi; kumesa: começá comesa kumesá começa; kaba: cabá caba kabá',
  'muda: mudá; troka: trocá troca; perde: perdê; kontinua: continuá kontinuá continua; ganha: ganhá',
  'resebe: recebê resebê; manda: mandá; txoma: tchmá tchomá; liga: ligá; asina: assiná assina',
  'entrega: entregá; buska: buscá; mesti: mestê meste; pricisa: precisá pricisá; falta: faltá',
  'pega: pegá; uza: uzá usá; bisti: vesti vestí bistí; kunpra: comprá kumpra; abri: abrí; fitxa: fetchá fexá',
  // everyday words
  'ora: hora horas oras; tenpu: tempe tempo tempu tenpe; simana: semana; anu: ano; oji: hoje oje hoj',
  'manhan: manhã; onti: ontem ont; noti: note noite; parmanha: palmanhan parmanhã; tardi: tarde',
  'atrazadu: atrasado atrazado; prosimu: próximo proximo prósima proxima; pasadu: passado pasado',
  'dinheru: dinher dinheiro; salariu: salário salario; pagamentu: pagamento',
  'subsidiu: subsídio subsidio; premiu: prémio premio; adiantamentu: adiantamento; diskontu: desconto',
  'presu: preço preso; kilu: quilo kilo; kualidadi: qualidade; ferias: férias féria feria',
  'lisensa: licença lisença; feriadu: feriado; duenti: doente duent; duensa: doença',
  'mediku: médico medico médica medica; dotor: doutor; ospital: hospital; atestadu: atestado',
  'asidenti: acidente; feridu: ferido; fidju: fidj fidjo filho; mai: mãe; mudjer: mudjé mulher',
  'maridu: marido; familia: família; kazamentu: casamento; kaza: casa; patron: patrão patrom',
  'xefi: chefe; enkaregadu: encarregado; fabrika: fábrica fabrica; barku: barco; kais: cais',
  'portu: porto; frizer: freezer; armazen: armazém armazem; turnu: turno; kontratu: contrato',
  'tripulanti: tripulante; peskador: pescador; pexi: peixe; jelu: gelo; kaxa: caixa; kumida: comida',
  'dokumentu: documento documentos; formulariu: formulário formulario; telefoni: telefone telemóvel',
  'numeru: número numero; luva: luvas; bota: botas; kapasete: capacete; oklus: óculos oculos',
  'seguransa: segurança; transporti: transporte; karu: carro; autokaru: autocarro; kaminhu: caminho',
  'pursentu: porcento porcentu; alimentason: alimentação; saudi: saúde; identidadi: identidade',
  'maternidadi: maternidade; paternidadi: paternidade',
  // days and months
  'sigunda: segunda segundafeira segundafera sigundafera; tersa: terça terçafeira tersafera',
  'kuarta: quarta quartafeira kuartafera; kinta: quinta quintafeira kintafera',
  'sesta: sexta sextafeira sestafera; sabadu: sábado sabado; dumingu: domingo; janeru: janeiro',
  'fevereru: fevereiro; marsu: março; maiu: maio; junhu: junho; julhu: julho; setenbru: setembro',
  'otubru: outubro; novenbru: novembro; dizenbru: dezembro',
]);

// A word in lower case without its marks ("féria" as "feria", "nhôs" as "nhos").
const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

// The spellings above, and any other word with marks as typed without them ("kuarta", "dumingu"), so no form needs
// listing with and without its accents. "tá" (be) and "quê" (what) are read before their marks are folded: "ta"
// is the mark of a verb going on, "que" (that) is no word of asking.
class KabuverdianuSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined) return listed;
    const plain = fold(word);
    return plain === word ? undefined : (super.get(plain) ?? plain);
  }
}

/** Other spellings of the listed words: Barlavento's, chat's and Portuguese's, with and without their accents. */
export const SPELLINGS: ReadonlyMap<string, string> = new KabuverdianuSpellings(SHORT);
