/**
 * @module Serbian, Croatian and Bosnian as typed in chat by people who mix them with English at work: the words of
 * asking, the small words of grammar and everyday workplace words, in their common inflected forms, in the
 * ekavian ("mesec", "smena") and ijekavian ("mjesec", "smjena") spellings, and as chat types them without č ć š ž
 * đ ("placa", "godisnji", "nocna"), with what each says in English. Written from general knowledge of the
 * languages, without reading any organisation's documents or questions.
 */

// Serbian Cyrillic's letters, and each in Latin as chat types it: without marks, "ђ" as "dj", "ж" as "z".
const CYRILLIC = 'абвгдђежзијклљмнњопрстћуфхцчџш';
const LATIN = 'a b v g d dj e z z i j k l lj m n nj o p r s t c u f h c c dz s'.split(' ');

/** A word as the lists spell it: Cyrillic in Latin letters, "đ" as "dj", and č ć š ž without their marks. */
export const folded = (word: string): string =>
  word
    .replace(/[\u0400-\u04ff]/g, (c) => LATIN[CYRILLIC.indexOf(c)] ?? c)
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

// A table of "english: form form …" lines as entries, each form with its English; phrases are parted by "|".
const table = (text: string, parted: RegExp = /\s+/): Array<[string, string]> =>
  text
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [english, forms] = line.split(':') as [string, string];
      return forms
        .trim()
        .split(parted)
        .map((form): [string, string] => [form, english.trim()]);
    });

/**
 * Words of asking, each with what it asks in English: every form of "how much" ("koliko", "kolika je plata"),
 * "which" ("koji", "kojem", "kog") and "whose" chat types.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table(`
how much: koliko kolika koliki kolike kolikom
when: kad kada
until when: dokad dokle
since when: odkad otkad
where: gde gdje gdi kuda kud
where from: odakle
who: ko tko kome koga kim
what: sta
what kind: kakav kakva kakvo kakve kakvi kakvu kakvom
how: kako
why: zasto
which: koji koja koje kojem kojeg koju kojim kojoj kojih kojima kom kog
whose: ciji cija cije ciju cijem cijeg
is: jel dal jeli
`),
);

/** Phrases of several words, read before single words: what they ask ("u koliko sati": "what time") or say. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...table(
    `
what time: u koliko sati|u koliko|koliko je sati|u koje vreme|u koje vrijeme|u koje doba|u kolko sati
until what time: do koliko sati|do koliko|do kolko
from what time: od koliko sati|od koliko|od kolko
how long: koliko dugo|koliko traje|koliko dugo traje|koliko vremena
how often: koliko cesto|koliko puta godisnje|koliko puta mesecno
how many times: koliko puta
what percent: koliko posto|koliko procenata|koliko procenta
how many weeks: koliko nedelja|koliko nedjelja
how much money: koliko para|koliko novca
how much: koliko iznosi|koliko kosta|koliko se placa|koliko se dobija
until when: do kad|do kada|do kog datuma|do kojeg datuma|do kog dana|do kojeg dana|najkasnije do kad
since when: od kad|od kada
which day: kog dana|kojeg dana|kojim danom|kojim danima
which date: kog datuma|kojeg datuma
where: di je|di se|gde se|gdje se
where do I: gde da|gdje da
who do I: kome da|kod koga da|kome se
how do I: kako da|kako se
what do I need to: sta treba da|sta moram da|sto moram|sto trebam napraviti
what should I do: sta da radim|sta treba da radim|sta da uradim|sto da radim|sto trebam
what do I need: sta mi treba|sta treba|sta je potrebno|sto je potrebno|sto mi treba
what is: sto je|sta je
what if: sta ako|sto ako
who: sa kim|s kim|od koga|kod koga
is: da li|je li|dal je|da li je|jel je
is there: ima li|postoji li|ima li neki|ima li neka|ima li nekog
annual leave: godisnji odmor|godisnjeg odmora|godisnjem odmoru|godisnji odmori|godisnjih odmora
maternity leave: porodiljsko odsustvo|porodiljskog odsustva|porodiljskom odsustvu|porodiljsko bolovanje|rodiljni dopust|rodiljnog dopusta|porodiljsko|porodiljskom|porodiljskog|porodiljno
paternity leave: ocinsko odsustvo|roditeljski dopust|roditeljskog dopusta
paid leave: placeno odsustvo|placenog odsustva|placeni dopust|placenog dopusta|placeni slobodni dani
unpaid leave: neplaceno odsustvo|neplacenog odsustva|neplaceni dopust|neplacenog dopusta
day off: slobodan dan|slobodnog dana|slobodni dan|slobodnim danom|neradni dan|neradnog dana
days off: slobodni dani|slobodne dane|slobodnih dana|slobodnim danima|neradni dani|neradnih dana
public holiday: drzavni praznik|drzavni praznici|drzavnog praznika|drzavnim praznicima|verski praznik|vjerski blagdan
sick note: lekarsko uverenje|lijecnicka potvrda|lekarska potvrda|potvrda o bolovanju|potvrdu o bolovanju
medical checkup: sistematski pregled|sistematskog pregleda|lekarski pregled|ljekarski pregled
working hours: radno vreme|radnog vremena|radno vrijeme|radnom vremenu
ID card: licna karta|licnu kartu|licne karte
travel expenses: putni troskovi|putnih troskova|putne troskove
topli obrok meal allowance: topli obrok|toplog obroka|toplom obroku|topli obroci|tople obroke|toplih obroka
putni nalog travel order: putni nalog|putnog naloga|putnom nalogu|putni nalozi|putne naloge
business trip: sluzbeni put|sluzbenog puta|sluzbenom putu|sluzbena putovanja|sluzbeno putovanje|sluzbenom putovanju
lunch break: pauza za rucak|pauzu za rucak|pauze za rucak
bank account: tekuci racun|tekuceg racuna|tekuci racuni|ziro racun
phone number: broj telefona|broj telefona od
mobile number: broj mobilnog|broj mobitela|broj mobilnog telefona
personal phone number: privatni broj|privatni broj telefona|privatni mobilni|privatni telefon|privatni mobitel
home address: kucna adresa|kucnu adresu|kucne adrese|adresa stanovanja|adresu stanovanja
13th salary: trinaesta plata|trinaestu platu|trinaesta placa|trinaestu placu
New Year: nova godina|novu godinu|nove godine
per day: po danu
per hour: po satu
per month: po mesecu|na mesec|po mjesecu|na mjesec
this week: ove nedelje|ove sedmice|ovog tjedna|ovaj tjedan|ove nedjelje
next week: sledece nedelje|iduce nedelje|naredne nedelje|sledece sedmice|iduce sedmice|iduceg tjedna|sljedeceg tjedna
last week: prosle nedelje|prosle sedmice|proslog tjedna|prosli tjedan
paid: se placa|placa se|se placaju|placaju se|se isplacuje|isplacuje se|se isplacuju
I need: treba mi|trebaju mi|potrebno mi je|potreban mi je|potrebna mi je
am I entitled to: da li imam pravo na|imam li pravo na|jel imam pravo na|da li imam pravo|imam li pravo
entitled to: imam pravo|imam pravo na|pravo na|imamo pravo|imamo pravo na|ima pravo na
hello: dobar dan|dobro jutro|dobro vece|dobro vecer|dobra vecer
`,
    /\|/,
  ),
  // "da li mogu …", "jel mogu …", "mogu li …": the verb says what is asked ("can I", "is there").
  ...table(`
can I: mogu
can: moze
can we: mozemo
can you: mozes mozete
may I: smem smijem
may: sme smije
must I: moram
must: mora
must we: moramo
do I have: imam
do we have: imamo
is there: ima postoji
do I need: treba trebam
do I get: dobijam dobijem dobivam
is paid: placa
is open: radi
does apply: vazi
`).flatMap(([verb, english]) =>
    [`da li ${verb}`, `jel ${verb}`, `dal ${verb}`, `je li ${verb}`, `${verb} li`].map(
      (p): [string, string] => [p, english],
    ),
  ),
];

// The small words of grammar that say nothing English needs: "is", "will", "would", clitics, prepositions,
// particles ("li", "ba", "bre") and pronouns. "i", "a" and "pa" join clauses (roman-serbian.ts); "me", "im" and
// "s" are English's too ("me", "I'm", "it's") and stay as typed.
const GRAMMAR =
  'je su sam si po smo ste bi bih bismo biste bio bila bilo bili biti bice ce cu ces cemo cete li se mi meni mene ti tebi te ga mu joj nam vam ih ja ona ono oni vi u na za o sa kod iz uz prema oko tokom da jos vec samo tek bas ba bre bolan mozda jer ako kao ali nego onda tj npr nesto neki neka neko nekog nekom taj ta to tu tog tom toj tamo ovde ovdje sebi svoj svoju svog nas vas zar';
// Words of courtesy and address, and "I would like to ask": no topic.
const COURTESY =
  'pozdrav pozz poz zdravo cao hvala molim izvinite izvini izvinjavam unapred unaprijed postovanje postovani postovana gospodine gospodjo kolega kolege koleginice drugari hej halo pls plz please pitam pitati pitala pitao zanima zanimalo htela hteo htio htjela zelela zeleo znate znas znaci nzm msm';

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(/\s+/));

/**
 * Workplace and everyday words, in their common inflected forms, with their English. Forms English spells alike
 * ("sin", "brat", "put", "let", "rate", "slave", "vase", "bus", "hotel", "sat", "mart", "god") are left out: in a
 * question mixed with English they are the English words.
 */
export const WORDS: ReadonlyMap<string, string> = new Map(
  table(`
day: dan danu danom
days: dana dani dane danima
hours: sati sata satu satima casova
minutes: minut minuta minutu
hourly rate: satnica satnicu satnice
time: vreme vremena vremenu vrijeme vremenom
date: datum datuma datumu
week: nedelje nedelji sedmica sedmice sedmicu sedmici sedmicom tjedan tjedna tjednu tjednom
weeks: tjedana tjedne nedeljama sedmicama
month: mesec meseca mesecu mesecom mjesec mjeseca mjesecu mjesecom
months: meseci mesece mjeseci mjesece mesecima mjesecima
year: godina godine godinu godini godinom
years: godinama
a month: mesecno mjesecno
a year: godisnje
per day: dnevno
today: danas
tomorrow: sutra
yesterday: juce jucer
day after tomorrow: prekosutra
now: sad sada trenutno
morning: jutro jutra jutru ujutru ujutro
evening: vece veceri uvece navecer veceras
night: noc noci nocu nocas nocna nocni nocnu nocne nocnoj nocnom nocnih nocno
noon: podne
afternoon: popodne
weekend: vikend vikenda vikendu vikendom vikendima
Monday: ponedeljak ponedeljka ponedeljkom ponedjeljak ponedjeljka ponedjeljkom ponedeljku ponedjeljku
Tuesday: utorak utorka utorkom utorku
Wednesday: sreda sredu sredom srede sredi srijeda srijedu srijedom srijede
Thursday: cetvrtak cetvrtka cetvrtkom cetvrtku
Friday: petak petka petkom petku
Saturday: subota subotu subotom subote suboti
Sunday: nedelja nedelju nedeljom nedjelja nedjelju nedjeljom nedjelje
January: januar januara januaru sijecanj sijecnja
February: februar februara februaru veljaca veljace
March: marta martu ozujak ozujka
April: aprila aprilu travanj travnja
May: maj maja maju svibanj svibnja
June: juna junu lipanj lipnja
July: jul jula julu srpanj srpnja
August: avgust avgusta avgustu augusta kolovoz kolovoza
September: septembar septembra septembru rujan rujna
October: oktobar oktobra oktobru listopad listopada
November: novembar novembra novembru studeni studenog
December: decembar decembra decembru prosinac prosinca
shift: smena smene smenu smeni smenom smenama smjena smjene smjenu smjeni smjenom smjenama turnus turnusa
shift work: smenski smjenski
overtime: prekovremeni prekovremeno prekovremena prekovremene prekovremenog prekovremenih prekovremenim prekovremenom prekovremenu
annual leave: godisnji godisnjeg godisnjem
leave: odmor odmora odmoru odmorom odsustvo odsustva odsustvu dopust dopusta dopustu slobodno
sick leave: bolovanje bolovanja bolovanju bolovanjem
sick: bolestan bolesna bolesno bolest bolesti
sick note: doznaka doznaku doznake
holiday: praznik praznika prazniku praznikom praznici praznike praznicima praznicni blagdan blagdana blagdani
Christmas: bozic bozica bozicu
Easter: uskrs uskrsa vaskrs vaskrsa
Eid: bajram bajrama
slava patron saint day: slava slavu slavi
closing time: fajront fajronta
salary: plata plate platu platom plati
pay: placa placu placom place
earnings: zarada zaradu zarade
payment: isplata isplatu isplate isplati
paid: placen placena placeno placeni placene isplacena isplaceno isplacuje isplacuju
unpaid: neplacen neplacena neplaceno neplaceni
free: slobodan slobodna slobodnih
non-working: neradni neradnim neradnih
advance: avans avansa avansu akontacija akontaciju akontacije predujam predujma
bonus: stimulacija stimulaciju stimulacije bonusa bonusu nagrada nagradu nagrade
Christmas bonus: bozicnica bozicnicu bozicnice
regres holiday allowance: regres regresa regresu regresom
per diem: dnevnica dnevnice dnevnicu dnevnici dnevnicom dnevnicama
allowance: dodatak dodatka dodatku dodaci dodatke naknada naknadu naknade naknadi
reimbursement: nadoknada nadoknadu refundacija refundaciju povrat povrata
money: pare para parama novac novca novcem lova
loan: kredit kredita kreditu zajam zajma pozajmica pozajmicu pozajmice
instalment: rata ratu
deduction: odbitak odbija odbijaju skida skidaju
tax: porez poreza porezi
pension: penzija penzije penziju penzioni mirovina mirovine
insurance: osiguranje osiguranja osiguranju
account: racun racuna racunu
card: kartica karticu kartice kartici
percent: posto procenat procenata postotak
meal: obrok obroka obroci
lunch: rucak rucka rucku
breakfast: dorucak dorucka
dinner: vecera veceru
food: hrana hranu hrane
canteen: kantina kantinu kantini kantine menza menzu menzi menze
break: pauza pauzu pauze pauzi
bus: autobus autobusa autobusu autobusom autobusi busa busu
transport: prevoz prevoza prevozu prevozom prijevoz prijevoza prijevozu
stop: stanica stanicu stanice stanici
ticket: karta kartu
travel: putovanje putovanja putovanju putni
expenses: troskovi troskova troskove
hotel: hotela hotelu hotelom
overnight stay: nocenje nocenja nocenju nocenjem
accommodation: smestaj smestaja smestaju smjestaj smjestaja smjestaju
abroad: inostranstvo inostranstvu inostranstva inozemstvo inozemstvu
fuel: gorivo goriva
work: posao posla poslu poslom rad rada radu radom radim radimo radis radite rade raditi radila radili
open: radi otvoren otvorena otvoreno otvara otvaraju
closed: zatvoren zatvorena zatvoreno zatvara zatvaraju
employees: radnik radnika radniku radnici radnike radnicima zaposleni zaposlenih zaposlenima zaposlenom zaposlene
company: firma firme firmu firmi preduzece preduzeca preduzecu poduzece poduzeca kompanija kompanije kompaniju kompaniji
office: kancelarija kancelariju kancelariji kancelarije ured ureda uredu
warehouse: magacin magacina magacinu skladiste skladista skladistu
plant: fabrika fabrike fabriku fabrici tvornica tvornicu tvornici pogon pogona pogonu
site: gradiliste gradilista gradilistu teren terena terenu
manager: menadzer menadzera menadzeru menadzerom sef sefa sefu sefom sefica sefici
supervisor: poslovodja poslovodje poslovodji predradnik predradnika nadredjeni nadredjenom nadredjenog
director: direktor direktora direktoru
HR: kadrovska kadrovsku kadrovskoj kadrovske kadrovsko kadrovik
department: sluzba sluzbu sluzbi odeljenje odeljenja odeljenju odjel odjela odjelu sektor sektora sektoru
accounting: racunovodstvo racunovodstva racunovodstvu knjigovodstvo knjigovodstva
training: obuka obuku obuke obuci trening treninga treningu edukacija edukaciju kurs kursa tecaj tecaja
contract: ugovor ugovora ugovoru ugovorom
notice: otkaz otkaza otkazni otkaznog
probation: probni probnog
years of service: staz staza
request: zahtev zahteva zahtevu zahtjev zahtjeva zahtjevu molba molbu molbe traziti trazim trazi
form: formular formulara obrazac obrasca
application: prijava prijavu prijave
certificate: potvrda potvrdu potvrde uverenje uverenja uvjerenje uvjerenja
documents: dokument dokumenta dokumente dokumenti dokumentima papiri papire
signature: potpis potpisa
email: mejl mejla mejlom
phone: telefon telefona mobilni mobilnog
number: broj broja
address: adresa adresu adrese
name: ime imena
personal: licna licni licne licnu
uniform: uniforma uniformu uniforme
shoes: cipele cipela obuca obucu
gloves: rukavice rukavica
helmet: kaciga kacigu
equipment: oprema opremu opreme
doctor: lekar lekara lekaru ljekar ljekara ljekaru lijecnik lijecnika lijecniku doktor doktora doktoru
hospital: bolnica bolnicu bolnici
medicine: lek lekove lijek lijekove
checkup: pregled pregleda
injury: povreda povredu ozleda ozljeda ozljedu
accident: nesreca nesrece nezgoda nezgodu
pregnant: trudna trudnica
pregnancy: trudnoca trudnoce trudnoci
birth: rodjenje rodjenja rodjenju porodjaj porodjaja porod poroda
baby: beba bebe bebu
child: dete deteta detetu dijete djeteta djetetu
children: deca dece decu djeca djece djecu decom
son: sina sinu
daughter: cerka cerku cerke cerki kcerka kcer kceri
wife: zena zenu supruga suprugu
women: zene zenama
husband: muz muza muzu suprug suprugom
parents: roditelji roditelja roditeljima
mother: majka majke majku mama mame
father: otac oca ocu tata tate
brother: brata bratu
sister: sestra sestre sestru
wedding: svadba svadbu svadbe vencanje vencanja vencanju vjencanje vjencanja vjencanju
marriage: zenidba zenidbe udaja udaje
funeral: sahrana sahranu sahrane sahrani pogreb pogreba dzenaza dzenazu dzenaze
death: smrt smrti
died: preminuo preminula umro umrla
gave birth: porodila rodila porodio
get sick: razbolim razbolio razbolela razboljela
colleague: kolegica koleginica
new: novi nova novo nove novog novom novih
intern: pripravnik pripravnika praktikant praktikanta praksa prakse praksu
my: moj moja moje mog moga mom mome moju mojoj mojih mojim
our: nasa nase naseg nasem nasoj nasu nasi nasih nasim
your: vasa vaseg vasem vasoj vasu tvoj tvoja tvoje tvog
his: njegov njegova njegovu njegove njegovog
her: njen njena njenu njene njenog njezin njezina
this: ovaj ova ovo ove ovog ovom ovoj ovu ovih
next: sledeci sledeca sledece sledeceg sledecem sledecu sljedeci sljedece iduci iduce iduceg naredni naredne narednog
last: prosli prosla prosle proslog proslom proslu
first: prvi prva prvog prvom prvu
second: drugi druga drugu drugoj drugom
third: treci treca trecu trecoj trecem
every: svaki svaka svake svakog svakom svaku
all: svi sve svih svima
half: pola
times: puta
people: ljudi ljudima
from: od
after: posle poslije nakon
before: pre prije
without: bez
more: vise
less: manje manja manji
maximum: maksimalno najvise
minimum: minimalno najmanje
total: ukupno
amount: iznos iznosa iznosi
or: ili
not: ne nije nisu nisam
no: nema nemam nemamo
has: ima imaju
I have: imam
we have: imamo
you have: imas imate
is there: postoji postoje
can I: mogu
can: moze
can you: mozes mozete
can we: mozemo
may I: smem smijem
may: sme smije smemo smijemo
I must: moram
must: mora moraju moramo
need: treba trebaju potrebno potreban potrebna
I need: trebam
want: zelim zelimo hocu
get: dobijam dobija dobijamo dobijaju dobijem dobije dobiti dobio dobila dobivam dobiva dobivamo
take: uzeti uzmem uzme uzimam uzima uzimaju uzeo uzela
pay: platiti platim placam placamo placaju
lasts: traje traju trajati
starts: pocinje pocinju pocetak pocetka
ends: zavrsava zavrsavaju zavrsetak kraj kraja kraju
late: kasni kasnim kasnjenje kasnjenja
comes: dolazi dolaze dolazak dolaska
leaves: polazi polazak polaska krece
submit: predati predam predajem predaje predaju podneti podnesem podnosi podnijeti
fill in: popuniti popunim popunjava
report: prijaviti prijavim prijavljujem javiti javim javljam
approve: odobrava odobri odobriti
approved: odobren odobrena odobreno odobrenje
sign: potpisati potpisem potpisuje
cost: kosta kostaju
apply: vazi vaze
calculated: racunaju obracunava obracun obracuna
carried over: prenosi prenose preneti prenijeti prenos
use: koristiti koristim koristi iskoristiti iskoristim
go: idem idemo ici
give: daj dajte dati daje daju
in charge: zaduzen zaduzena zaduzeni
included: ukljucen ukljucena ukljuceno ukljuceni ukljucuje
remaining: ostaje ostane ostalo ostatak
wait: ceka cekam cekati cekanje
return: vratiti vratim vraca vracaju
entitled: pravo
`),
);

/**
 * Words only Serbian, Croatian or Bosnian has among the languages tandem reads: no English word, and none
 * Spanish, Italian, Portuguese, French, German, Indonesian or South Asia types alike. ("gde", "kolko" and "plata"
 * are Russian's, Bulgarian's and Macedonian's too: they are listed, but no marker.)
 */
export const MARKERS: ReadonlySet<string> = new Set(
  'koliko kolika koliki kad kada gdje zasto jel kojem kojeg kojim ciji dokad odakle bre nije nisam godisnji godisnjeg bolovanje bolovanja dnevnica dnevnice dnevnicu smena smenu smjena smjenu prekovremeni prekovremeno prekovremene nocna nocnu nocnoj placeno isplata akontacija regres doznaka porodiljsko odsustvo dopust praznik praznika neradni slobodan slobodnih menza rucak prevoz prijevoz posao posla radnik radnika kancelarija magacin fabrika tvornica poslovodja obuka zahtev zahtjev molba ugovor otkaz danas juce jucer prekosutra subotom petak petkom ponedeljak ponedjeljak utorak srijeda cetvrtak mesec meseca mjesec mjeseca godina godine tjedan mozemo trebam smem smijem moram imam imamo dobijam dobijem radim radimo traje isplacuje fajront bozicnica lekar ljekar lijecnik svadba sahrana dijete djeca nasa sledeci iduci poslije'.split(
    ' ',
  ),
);

// Letters with marks and Cyrillic spellings of the commonest words, listed so that one opening a sentence with a
// capital ("Šta", "Može li") is read as the word it is; any other is folded as it is met (SerbianSpellings).
const MARKED =
  'šta zašto čiji čija čije čijem može možemo možeš možete smijem plaća plaćen plaćeno plaćena plaće plaću isplaćuje godišnji godišnjeg godišnjem noćna noćnu noćni noćnoj noć djeca dijete subotom četvrtak četvrtkom srijeda prekovremeni ljekar liječnik sutra jučer juče danas ćao đe';
const CYRILLIC_WORDS =
  'колико колика колики кад када где гдје шта ко како који која које којем зашто јел дал да ли има имам имамо могу може можемо треба смем морам плата плате плату плаћа дневница дневницу годишњи годишњег боловање боловања смена смену ноћна ноћну прековремени празник слава сутра данас';

/**
 * Other spellings of the listed words: chat shorthand ("kolko", "jel'"), and spellings with marks or in Cyrillic.
 * A word with marks or in Cyrillic that the map does not list is read as its folded spelling when that differs
 * ("боловање" as "bolovanje", "plaćeno" as "placeno"), so no word needs listing in each script.
 */
export class SerbianSpellings extends Map<string, string> {
  override get(word: string): string | undefined {
    const listed = super.get(word);
    if (listed !== undefined) return listed;
    const plain = folded(word);
    return plain === word ? undefined : (super.get(plain) ?? plain);
  }
}

// Chat shorthand: "kolko" (koliko), "jel'" and "el'" (je li), "l'" (li), "moš" (možeš), the days cut short.
const SHORT: ReadonlyArray<readonly [string, string]> = table(`
koliko: kolko
sta: što што
kolika: kolka
koliki: kolki
kad: kd
gdje: dje
zasto: zs zst
jel: jell jel' el'
dal: dal'
li: l l'
mozes: mos
ponedeljak: pon
utorak: uto
sreda: sre
cetvrtak: cet
nedelja: ned
`);

export const SPELLINGS: ReadonlyMap<string, string> = new SerbianSpellings([
  ...SHORT,
  // A word with marks or in Cyrillic as its folded spelling, or as the word that spelling is short for ("đe").
  ...`${MARKED} ${CYRILLIC_WORDS}`
    .split(' ')
    .map((w): [string, string] => [w, SHORT.find(([s]) => s === folded(w))?.[1] ?? folded(w)]),
]);
