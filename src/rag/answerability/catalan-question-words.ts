/**
 * @module The everyday words of a Catalan question about work, with their English: verbs in the forms a question
 * uses (what a person does: "cobrem", "demano", "surt"), the nouns of pay, leave, shifts, transport, lodging and
 * kit a question counts in, the nouns of several words ("hores extres", "baixa per malaltia", "cap de setmana"), and
 * the own words of Catalan's neighbours that tell their questions from its own. Central, Valencian and Balearic forms
 * alike ("cobro", "cobre"; "avui", "hui"; "fer feina"), compared with their accents folded. Written from general
 * knowledge of the language, without reading any organisation's documents or questions.
 */
import { foldAccents } from './asked-in-words.js';

// Each line: the English ('-' for none), then the forms, written with their accents for reading (the table folds
// them). One verb or noun a line; days and months keep their capitals in English.
// biome-ignore format: one word a line keeps the list readable and easy to review
const LINES = [
  'pay: pagar paga pago pague paguem pagueu pagarà pagaran pagament pagaments',
  'paid: paguen pagam pagat pagada pagats pagades cobrar cobro cobre cobres cobra cobrem cobram cobreu cobren cobrat cobrada cobrarem cobrareu cobraran cobrarà cobraré ingressen ingressat',
  'payslip: nòmina nòmines',
  'salary: sou sous salari salaris',
  'advance: avançament avançaments avansament bestreta bestretes acompte avançar avancen',
  'loan: préstec préstecs',
  'allowance: dietes dieta plus plusos ajut ajuts',
  'help: ajuda',
  'bonus: prima primes incentiu incentius',
  'tips: propina propines',
  'overtime: extres',
  'extra: extra',
  'deduct: descomptar descompten descomptat descomptada descomptats descompte descomptes retenció retencions',
  'calculate: calcular calcula calculen',
  'double: doble dobles',
  'tax: impost impostos',
  'price: preu preus',
  'cost: costa costen cost',
  'free: gratis gratuït gratuïta lliure lliures',
  'money: diners',
  'account: compte',
  'bank: banc',
  'reimburse: reemborsar reemborsament reemborsen',
  'earn: guanyar guanyo guanya guanyem guanyen',
  'holidays: vacances vacanses vacacions festes',
  'public holiday: festiu',
  'public holidays: festius',
  'day off: festa',
  'leave: permís permisos llicència',
  'leave of absence: excedència',
  'sick leave: baixa baixes',
  'sick: malalt malalta malalts malaltes',
  'illness: malaltia malalties',
  'note: justificant justificants',
  'certificate: certificat certificats',
  'doctor: metge metgessa metges',
  'pharmacy: farmàcia',
  'injured: ferit ferida lesió',
  'pregnant: embarassada',
  'shift: torn torns',
  'hours: horari horaris hores',
  'hour: hora',
  'working day: jornada',
  'work: treball treballs treballar treballo treballe treballa treballem treballam treballeu treballen feina feines',
  'staff: personal plantilla',
  'worker: treballador treballadora',
  'workers: treballadors treballadores',
  'colleague: company companya col·lega',
  'colleagues: companys companyes col·legues',
  'company: empresa',
  'supervisor: encarregat encarregada',
  'manager: gerent director directora responsable',
  'office: oficina oficines despatx',
  'contract: contracte contractes',
  'season: temporada temporades',
  'seasonal worker: temporer temporera',
  'seasonal workers: temporers temporeres',
  'dismissal: acomiadament acomiadar acomiaden',
  'resign: dimitir dimissió',
  'settlement: finiquit',
  'unemployment: atur',
  'training: formació curs cursos',
  'meeting: reunió',
  'complaint: queixa queixes reclamació',
  'problem: problema problemes',
  'canteen: menjador menjadors cantina',
  'lunch: dinar dino dinem',
  'dinner: sopar sopem',
  'breakfast: esmorzar esmorsar esmorzo esmorzem',
  'meal: àpat àpats',
  'food: menjar',
  'eat: menjo menja mengem',
  'accommodation: allotjament allotjaments residència',
  'flat: pis pisos apartament apartaments',
  'room: habitació habitacions',
  'rent: lloguer lloguers',
  'key: clau claus',
  'laundry: bugaderia rentadora',
  'bus: bus busos autobús autobusos',
  'shuttle: llançadora llançadores llansadora',
  'transport: transport',
  'car: cotxe cotxes',
  'parking: aparcament pàrquing',
  'train: tren',
  'ski pass: forfet forfets forfait',
  'slopes: pistes',
  'slope: pista',
  'chairlift: telecadira',
  'ski lift: remuntador remuntadors',
  'uniform: uniforme uniformes',
  'clothes: roba',
  'boots: botes',
  'gloves: guants',
  'helmet: casc cascos',
  'locker: taquilla taquilles armari',
  'changing room: vestidor vestidors vestuari vestuaris',
  'safety: seguretat',
  'compulsory: obligatori obligatòria obligatoris obligatòries',
  'fever: febre',
  'partner: parella',
  'wife: muller esposa',
  'husband: marit espòs',
  'child: fill filla nen nena criatura xiquet xiqueta',
  'children: fills filles nens nenes criatures xiquets',
  'family: família familiar familiars',
  'mother: mare',
  'father: pare',
  'wedding: casament casar',
  'birth: naixement néixer',
  'death: mort defunció',
  'funeral: enterrament funeral',
  'phone: telèfon mòbil',
  'address: adreça adreces',
  'email: correu',
  'number: número',
  'age: edat',
  'start: començar comença comencen començo comence comencem entro entra entren entrar',
  'finish: acabar acaba acaben acabo plegar plego plega pleguem',
  'leave: sortir surt surten surto sortida ix ixen eixir deixo deixe',
  'away: fora',
  'arrive: arribar arriba arriben arribo arribada',
  'return: tornar torno torna tornen tornada retorn',
  'open: obrir obre obren obert oberta',
  'close: tancar tanca tanquen tancat tancada',
  'collect: recollir recull recullo recullen recollida',
  'submit: entregar entrego entrega lliurar lliuro presentar presento',
  'bring: portar porto portem porten dur duc',
  'take: agafar agafo agafa agafem agafen',
  'request: demanar demano demana demanem demanam demanen demane deman sol·licitar sol·licito sol·licitud',
  'ask: preguntar pregunto',
  'call: trucar truco truca trucada',
  'send: enviar envio envia envien',
  'notify: avisar aviso avisa avisen avís',
  'notice: antelació',
  'come: venir vinc ve venen',
  'sign: signar signo firmar firmo',
  'absent: faltar falto falta absència',
  'late: tard',
  'lose: perdre perdut perduda perdo',
  'change: canviar canvio canvia canviar canvi canvis',
  'rest: descansar descans descanso',
  'travel: viatjar viatge viatges desplaçament',
  'smoke: fumar fumo',
  'park: aparcar aparco',
  'sleep: dormir dormo',
  'live: viure viu visc',
  'day: dia',
  'days: dies',
  'week: setmana',
  'weeks: setmanes',
  'months: mesos',
  'year: any',
  'years: anys',
  'morning: matí dematí',
  'afternoon: tarda tardes vesprada horabaixa',
  'evening: vespre capvespre',
  'night: nit',
  'nights: nits',
  'noon: migdia',
  'now: ara',
  'today: avui hui',
  'tomorrow: demà',
  'yesterday: ahir',
  'until: fins',
  'next: pròxim pròxima proper propera',
  'first: primer primera',
  'card: targeta targetes',
  'every: cada',
  'and: i',
  'before: abans',
  'after: després',
  'new: nou nova',
  'Monday: dilluns',
  'Tuesday: dimarts',
  'Wednesday: dimecres',
  'Thursday: dijous',
  'Friday: divendres',
  'Saturday: dissabte',
  'Saturdays: dissabtes',
  'Sunday: diumenge dumenge',
  'Sundays: diumenges dumenges',
  'January: gener',
  'February: febrer',
  'April: abril',
  'May: maig',
  'June: juny',
  'July: juliol',
  'August: agost',
  'September: setembre',
  'October: octubre',
  'November: novembre',
  'December: desembre',
  'Christmas: Nadal',
  'Easter: Pasqua',
  '2: dos dues',
  '3: tres',
  '4: quatre',
  '5: cinc',
  '6: sis',
  '7: set',
  '8: vuit',
  '15: quinze',
  '20: vint',
  '30: trenta',
  // Verbs of being, having, doing and going, and those that say nothing of the topic ("trigar" after "quant" has
  // asked how long).
  '-: fer faig fa fem feim feu fan fes fet feta anar vaig vas va anem aneu van estar estic estig estàs està estem esteu estan estigui ser soc sóc ets és som són sigui serà era tenir tinc tenc tens té tenim teniu tenen tindré tindria haver he has ha hem heu han hagi hauré hauria poder puc pots pot podem podeu poden podria voler vull vols vol volem voleu volen voldria saber sé saps sap sabem sabeu dir diu diuen dic posar poso posa posen quedar queda queden quedo passar passa passen toca toquen tocar deixar deixa deixen deixo donar dona donen dono trigar triga triguen dura duren',
];

// Each list as a map of folded forms to English, '' for none.
function table(lines: readonly string[]): Map<string, string> {
  return new Map(
    lines.flatMap((line) => {
      const [english, forms] = line.split(': ') as [string, string];
      return forms.split(' ').map((form) => [fold(form), english === '-' ? '' : english] as const);
    }),
  );
}

/** A word in lower case without its accents, and "l·l" (as typed "l.l" or "ŀl" too) as "ll". */
export function fold(word: string): string {
  return foldAccents(word.replace(/ŀl|l[·.•]l/giu, 'll'));
}

/** Each Catalan form, accent-folded, with the English it reads as ('' for none). */
export const CATALAN_WORDS: ReadonlyMap<string, string> = table(LINES);

// Each line: the English, then the spellings of one noun of several words, apart with ' | ' (an elided "d'" or
// "l'" written as its letter: "cap d any").
// biome-ignore format: one noun a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'overtime: hores extres | hores extra | hores extraordinàries | hora extra | hores de més',
  'extra pay: paga extra | pagues extres | paga extraordinària | paga doble | pagues dobles',
  'pay day: dia de cobrament | dia de pagament | dia de cobrar',
  'since: des de',
  'end of the month: final de mes | finals de mes',
  'mid-month: a mitjans de mes | mitjans de mes | meitat de mes',
  'base salary: sou base',
  'bank account: compte bancari | número de compte',
  'sick leave: baixa mèdica | baixa per malaltia | baixa laboral',
  'maternity leave: baixa de maternitat | baixa per maternitat | permís de maternitat',
  'paternity leave: baixa de paternitat | baixa per paternitat | permís de paternitat',
  'sick note: part de baixa | full de baixa | comunicat de baixa | paper de baixa',
  'medical certificate: certificat mèdic | justificant mèdic | informe mèdic | justificant del metge',
  'work accident: accident laboral | accident de treball | accident de feina',
  'public holiday: dia festiu | festa nacional',
  'public holidays: dies festius',
  'day off: dia lliure | dia de festa | dia de descans',
  'days off: dies lliures | dies de festa | dies de descans',
  'personal days: assumptes propis | dies de lliure disposició',
  'weekend: cap de setmana',
  'weekends: caps de setmana',
  'New Year: cap d any',
  'Christmas party: festa de Nadal | sopar de Nadal',
  'night shift: torn de nit',
  'night shifts: torns de nit',
  'morning shift: torn de matí',
  'morning shifts: torns de matí',
  'afternoon shift: torn de tarda',
  'afternoon shifts: torns de tarda',
  'split shift: jornada partida | horari partit',
  'full-time: jornada completa | temps complet',
  'part-time: mitja jornada | temps parcial',
  'working hours: horari de feina | horari de treball | hores de feina',
  'night allowance: plus de nocturnitat | plus nocturn',
  'transport allowance: plus de transport',
  'staff bus: bus del personal | bus de personal | bus dels treballadors | autobús del personal',
  'staff canteen: menjador del personal | menjador de personal',
  'staff accommodation: allotjament del personal | allotjament de personal | pis de personal | pisos de personal',
  'work clothes: roba de treball | roba de feina',
  'work permit: permís de treball',
  'residence permit: permís de residència',
  'social security: seguretat social',
  'HR: recursos humans',
  'phone number: número de telèfon | número de mòbil',
  'probation period: període de prova',
  'notice period: preavís',
  'work: fer feina',
];

/** Each noun of several words, accent-folded with a space between its words, with its English. */
export const CATALAN_PHRASES: ReadonlyArray<readonly [string, string]> = PHRASE_LINES.flatMap((line) => {
  const [english, spellings] = line.split(': ') as [string, string];
  return spellings.split(' | ').map((phrase) => [fold(phrase), english] as const);
});

// Words only Catalan writes: its words of asking, its verbs of having and being able, its small words and days, and
// the nouns of work no neighbour spells so ("nòmina" is Spanish's too, "vacances" French's, "baixa" Portuguese's;
// "on", "com", "cap", "fill", "torn", "dies" and "any" are English's or Portuguese's, "hem" Pijin's and Bislama's;
// "hui", "soc", "nit", "ara" and "cal" are names or acronyms in English too, "tarda" Spanish's and Portuguese's, "dic"
// Spanish's December).
// biome-ignore format: one kind of word a line
const OWN_LINES = [
  'quant quants quantes quan quin quina quins quines perque',
  'tinc tenc tenim teniu puc pots podeu haig heu hauria estic estig estem',
  'aquest aquesta aquests aquestes aixo aquell aquella tambe molt molta molts moltes gens els dels pels amb nomes doncs',
  'meva meves teva teves seva seves nosaltres vosaltres vull sisplau gracies',
  'avui dema ahir setmana setmanes mesos anys hores mati vesprada horabaixa vespre',
  'dilluns dimarts dimecres dijous divendres dissabte dissabtes diumenge diumenges dumenge gener febrer maig juny juliol agost setembre desembre',
  'nomines malalt malalta malalts malaltia avancament bestreta extres festiu festius allotjament menjador esmorzar sopar',
  'parella fills filla filles metge treball treballo treballar treballem treballen feina feines surt surten',
  'demano demanar demanen cobrem cobro cobram recull recullo treballador treballadors companys dret xiquet pis',
  'donen deixen queden toquen tanquen obren arriben comencen acaben volen diuen poden paguen descomptat justificant dur',
  'obligatori obligatoria casc',
];

/** The words that only a Catalan question writes, accent-folded. */
export const ONLY_CATALAN: ReadonlySet<string> = new Set(OWN_LINES.join(' ').split(' '));

/** Pairs of words, each its neighbours' too, that only Catalan writes side by side ("qui és", "hi ha", "el cap"). */
export const ONLY_CATALAN_PAIRS: ReadonlySet<string> = new Set(
  'qui es|on es|on son|on esta|a on|com es|com puc|es pot|hi ha|el cap|al cap|cap a|he de|he d|hem de|hem d|full de'.split(
    '|',
  ),
);

// The own words of each neighbour whose small words Catalan shares, accent-folded: Spanish, Portuguese, French,
// Italian, Romanian, Occitan, and Cape Verdean Creole (whose São Vicente chat types "quant" too). A question with as
// many of one of them as of Catalan's own is not Catalan's.
// biome-ignore format: one language a line
const NEIGHBOUR_LINES = [
  'cuanto cuanta cuantos cuantas cuando donde como cual cuales quien quienes tengo tiene tienes tenemos tienen puedo puede puedes podemos pueden hay pero porque tambien dias horas semana semanas ano anos manana hoy ayer vacaciones sueldo trabajo trabajar sale salen pagan cobran con para los las lo le su sus mi mis yo usted eso esto este hasta desde lunes martes miercoles jueves viernes sabado domingo noche tarde hacer hago voy vamos necesito quiero debo medico muy nada algo ya y buenos buenas gracias',
  'nao voce voces vc vcs tenho tem temos quanto quantos quantas quando onde qual quais quem posso pode sao ate uma minha pelo pela ao aos pra das estou vou faco fica vai recebo quer os do da e ferias folga trabalho trabalhar hoje amanha ontem horas dias semana ano salario obrigado obrigada muito mais tambem sabado domingo segunda terca quarta quinta sexta feira isso isto esse essa',
  'le du au aux une je il ils elle nous vous notre nos votre vos leur cette ces ce faut peut peux dois doit veux voudrais dans chez avec pour svp stp bonjour avons avez ont est ou ai qu combien quand quel quelle quels quelles quoi pourquoi comment conge conges demande salaire paie jours heures mois annee travail cantine aujourd demain hier lundi mardi mercredi jeudi vendredi samedi dimanche sur mon ma',
  'che di della delle dello dei degli il gli sono hai abbiamo non quanti quante quanto quando dove come posso puo chi cosa giorni ore settimana mese anno ferie oggi domani ieri mensa lavoro stipendio busta questo questa anche ma piu con mio mia nel nella alla alle dal sul orario turno lunedi martedi mercoledi giovedi venerdi sabato domenica ci vorrei devo deve fino apre chiude e',
  'cat cate cati cand unde cine cum ce care este sunt nu poate trebuie pe cu din pentru sau imi zile luna saptamana concediu salariul plata vineri sambata duminica luni marti miercuri joi ora e',
  'lo los jorns jorn ont quora cossi podi soi trabalh vacancas dins ieu aquo dimenge diluns dimars ai ora an',
  'nha nhas nhos bzot dja txeu tcheu fla odja oia kuze undi ond kenha modi kantu kantus quont quonts konts pamodi kuandu quond kondu ta bu ki pa ten tem',
];

/** Each neighbour's own words, as a set a line. */
export const NEIGHBOURS_OWN: ReadonlyArray<ReadonlySet<string>> = NEIGHBOUR_LINES.map(
  (line) => new Set(line.split(' ')),
);
