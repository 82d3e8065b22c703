/**
 * @module Arabic as typed in chat in Latin letters and numerals (Arabizi) by people of the Gulf, the Levant, Egypt
 * and the Maghreb who mix it with English at work ("shlon a3ml reset?", "emta byenzal el ma3ash?", "chhal mn nhar
 * conge?"): the words of asking, the small words of grammar and everyday workplace words, in the spellings people
 * type, with what each says in English; and how one word's spellings meet. A numeral in a word is the letter it
 * stands for ("3" ع, "7" ح, "2" ء, "5" خ, "6" ط, "9" ص, "8" غ or ق); the other spellings of a word ("maash",
 * "ma'ash", "ijazeh", "egaza") fold into the one written here, and the clitics a word carries ("eldawam", "bel",
 * "lel", "3al"; "ijazti") come off it. Written from general knowledge of Arabic and its dialects, without reading
 * any organisation's documents or questions.
 */

/**
 * A table of "english: form form …" entries, one a line or several parted by ";", as each form with its English;
 * phrases are parted by "|".
 */
export const table = (text: string, parted: RegExp = /\s+/): Array<[string, string]> =>
  text
    .trim()
    .split(/\n|;/)
    .flatMap((line) => {
      const at = line.indexOf(':');
      const english = line.slice(0, at).trim();
      return line
        .slice(at + 1)
        .trim()
        .split(parted)
        .map((form): [string, string] => [form.trim(), english]);
    });

/**
 * Words of asking, each with what it asks in English, as each dialect types them: the Gulf's "shlon", "shinu",
 * "wain", "cham", "mita"; the Levant's "shu", "addesh", "emta", "wein", "kif"; Egypt's "ezay", "eh", "fein", "kam";
 * the Maghreb's "chhal", "fin", "wach", "kifach", "fo9ash"; and Modern Standard "kam", "mata", "ayna", "kayfa",
 * "limadha", "hal". "fi", "kayn" and "3ndkom" ask whether there is.
 */
export const ASKING: ReadonlyMap<string, string> = new Map(
  table(`
how much: kam cham chem kem addesh adesh addeh adde ade 2addesh 2adesh 2adde gaddesh gadesh kaddesh kadesh chhal ch7al sh7al shhal bikam bkam kadash 9adash
when: emta imta emtah imtah emte imte amta mata mita mitah mitay emtay ematay fo9ash fu9ash foqash fo9ach wa9tash wa9tach
until when: lemta lamta la2emta
where: wain wein ween wayn weyn fein feen fain fayn ayn ayna fin feyn vayn veyn vain
what: shu shou sho shoo shinu shino shnu shno shenu shnou chno chnu chnou shnuwa shnowa chnowa aysh aish esh eish wesh wsh madha matha maza eh ih eih
how: shlon shloon shlun shloun chlon chloun kaif kayf kef keef kif keif kiif kayfa ezay izay ezzay izzay ezai izai kifach kifash kifesh kifeh kifah
why: leish lesh laish leesh leh lih leeh limadha limaza limatha 3alash 3lash 3lach 3alach 3leh 3laish 3alaish
who: meen miin mnu minu meno mino shkoun chkoun shkon chkon
which: ay ayy ayya ayyi anhu anho inhu inho anhi inhi
is: hal wach
is there: fi fih feeh fiih 3ndkom 3andkom 3indkom 3andkum 3ndkum 3endkom 3andakum 3ndko 3andko 3ndna 3andna 3indna kayn kayen kayna kain kaina yujad yoojad
can: mumkin momken mumken momkin mmkn mumkn yemken yimkin ymkn yenfa3 ynfa3 yinfa3 yanfa3 yseer yser ysir yesir bisir bseer
can I: yumkinuni yumkinni a2dar aqdar agdar n9dar nqder neqder ne2dar 2dar ba2dar bagdar
`),
);

// The small words of grammar that say nothing English needs: "and", prepositions merged with the article ("bel",
// "lel", "fel", "3al"), pronouns, "this", "was", "will", "if", "that", "only", "also", negation and fillers. The
// article typed apart ("el", "al", "il") is read by roman-arabic.ts before the word lists are.
const GRAMMAR =
  'w wa bi b bel bil bl bal ykoun ykun tkoun lel lil ll le li lal l fel fil fe f 3al 3ala 3la 3a ala min mn mnel mel mil ila ela 7ata 7atta hatta 3an 3n ma3 m3 ana ani ena ina inta enta inte ente enti inti intu entu intum antum huwa howa hu huwwa hoa hiya heya hya e7na i7na ehna ihna nahnu 7na hna humma homma hom huma homa hada hatha hadha haza hadi hathi hadhi hazi hayda haydi hadol hadool hathol hadok hadak hadik dak dik da di dah deh dol dool kan kanat kaan kanet bikoon bykoon ykoon yakoon ykun bikun rah ra7 7a ha7 bas bes fa2at faqat iza itha ida lamma ino enno inno anno innu elli illi alli lli ya3ni y3ni yani kaman kamaan kman bardo bardu aydan tayeb tayyeb tayb tyb tamam khalas 5alas shi shay2 ma mish mesh mo mu mub mafi mafee mafish mafeesh maku mashi machi la la2 laysa heek hek kida keda zay zayy 7ag 7ak lia liya lya wala taba3 tab3 bta3 beta3 bta3t dyal dial diyal nta3 ntaa3 ghadi gha tam tamm kidha kitha hakka hakda shway shwayy shwaya ktir kteer wayed wajid bezzaf barsha aw walla wella willa aw 2aw';
// Words of greeting and courtesy, of asking to be told ("I want to know", "tell me") and of wanting: no topic.
const COURTESY =
  "salam salaam slm salamu assalamu alaikum alaykum aleikum 3alaikum marhaba mar7aba mrhba marhaban ahlan hala hlaa kheir khair khayr 5eir noor nour shukran shokran shukrn shokrn mashkoor mashkor yeslamo yslmo tislam teslam merci allah inshallah insha2allah ykhaleek ykhalik y5alik ya3teek ya3tik 3afye 3afya sama7t sam7t sm7t sma7t sam7ti sam7tu fadlak fadlik fadlkom fadlakom fadlan 3afak 3afek 3afakom arjo arju raja2an habibi 7abibi 7bibi habibti 7abibti akhi akhoi akhooy ukhti ustaz ostaz ustaza shabab jama3a please pls plz a3raf a3ref a3rif n3ref na3ref n3rf nfhem afham as2al asaal nas2al so2al su2al sual istifsar estefsar 2olli olli golli gooli 2oolli t2olli t2oli tgoli tgolli qolli khabbirni 5abirni 5aberni t5aberni abgha abga ab3a ab3'a ab8a abi abee aby abgi baddi badde bidi biddi bdi bddi bedi biddna badna bidna 3ayez 3ayz 3ayza 3awez 3awza 3awz bghit bghiit bgheet nbghi bghina 7ab 7abb a7eb a7ib widdi wdi ureed oreed areed 3ndi 3andi 3indi 3endi 3nde 3ande 3andak 3ndk 3indak 3andek";

/** Words that are only grammar or courtesy, dropped from the English reading. */
export const DROPPED: ReadonlySet<string> = new Set(`${GRAMMAR} ${COURTESY}`.split(/\s+/));

/**
 * Verbs a question turns on: wanting, having, being able, needing, and the verbs of pay, leave and work. With a word
 * of asking, the sign of the language.
 */
export const VERBS: ReadonlySet<string> = new Set(
  'abgha abga ab3a abi abee baddi bidi biddi bddi 3ayez 3ayz 3awez bghit nbghi widdi 3ndi 3andi 3indi 3andak lazim lazem laazem lazm lzm lezim lezem mi7taj me7taj a7taj yenzal yinzal ynzal tenzal nazal nizil yetsaraf yitsaraf yedfa3 yidfa3 yedfa3o ysarfoon ysarfo a5od akhod aakhod nakhod yakhod ya5od akhadt a5adt ashtaghil ashtghl ashtaghel nkhdem nekhdem aqaddim a2addem agaddim nqaddem atlub a6lob ajaddid ajadded algi alghi aghayyir a8ayer asafir asafer nsafer arja3 arje3 yebda yibda yebda2 yekhlas yikhlas yintahi yefta7 yifta7 yeftah ysakker yesakker yeshmal yishmal ya3tooni y3tooni a3teeni yesta7e2 asta7e2 ysta7eq asta7iq yiji yeji yetla3 yitla3 a3ml a3mal a3mel asawi adir ndir n3ml aroo7 aru7 nemshi'.split(
    ' ',
  ),
);

/**
 * Workplace and everyday words with their English, in the spellings people type. Words English spells alike ("bus",
 * "bank", "may", "madam", "bass") are left out: in a question mixed with English they are the English words.
 */
export const WORDS: ReadonlyMap<string, string> = new Map(
  table(`
in: fi; day: yom youm yoom yawm nhar nhaar; days: ayyam ayam ayyaam iyyam
two days: yomain yomen yomeen yawmain; hour: sa3a sa3ah sa3eh sa3e; hours: sa3at sa3aat swaye3 swa3
time: elsa3a essa3a wa2t wa2et waqt wagt wakt; week: osboo3 usbu3 usboo3 esbou3 isboo3 asbo3 sbou3 simana
weeks: asabee3 asabi3 asabi3; month: shahr sha7r shaher shehr shhar
months: ashhur ashhor shuhoor shhoor shhur; two months: shahrain shahren; year: sana seneh sanah
years: sanawat snin sneen sinin sanin; minute: da2i2a de2i2a dagiga daqiqa d2i2a
minutes: da2aye2 dagayig daqa2iq; morning: sabah saba7 soba7 sob7 sbah sba7 sobh saba7i sabahi saba7iya
evening: masa masa2 masaa masa2i masa2iya; night: lail leil layl leile leila laili layli leili leiliya
noon: dohr duhr zuhr thuhr dhuhr 9ohr; afternoon: 3asr 3aser
today: elyom elyoum alyom alyoum ilyom lyoum lyom elyawm alyawm
tomorrow: bokra bukra bukrah bokrah boukra bacher bachir baachir ghadan ghudwa ghodwa ghedda
yesterday: ems ams imbare7 mbare7 embare7 lbare7 elbare7
now: halla2 hala2 hallaq hassa hessa hassa3 dilwa2ti delwa2ti dilwa2t delwa2t dlw2ty al7een al7in alheen alhin el7een daba dorka alan al2an
next: jay jaye jaya jayy jayeh qadem qadim qaadim gadem; last: madi maadi faat sabe2 sabi2 sabiq
new: jdid jadid gedid gdid jdeed jadeed; weekend: wikend wiikend; date: tarikh tari5 tareekh tarekh
schedule: jadwal gadwal jdwal; holiday: 3otla 3utla 3otleh 3otlah 3utlah 3otal
Sunday: a7ad ahad 7ad l7ed el7ad; Monday: ithnain ethnain itnain itnein etnein tanein lithnin letnin
Tuesday: thulatha thulathaa tholatha talat ttlat; Wednesday: arbi3a arbe3a arba3a2 arbi3a2 larb3 larbe3
Thursday: khamees 5amees khamis 5amis lkhmis l5mis
Friday: jum3a jom3a gom3a jem3a jom3ah juma jumaa jumu3a ljem3a; Saturday: sabt sebt sabet ssabt essabt
January: yanayer yanayir yanayr janvier; February: fabrayer febrayer fibrayir fevrier; March: maris mars
April: abril ebril abreel avril; May: mayu; June: yonyo yunyu younyou yuniyo yunyo juin
July: yolyo yulyu youlyou yuliyo yulyo juillet; August: aghustus aghostos ghusht aout
September: sebtamber sabtambar sebtember shutanbir; October: oktober uktobar oktobar
November: nofember nufambar nuvambir; December: disamber disember dujanbir; February: shbat shubat shobat
March: adar azar athar; April: nisan neesan; May: ayyar ayar iyyar
June: huzayran hzeran 7zeiran 7ozeiran huzairan 7zayran; July: tammuz tamouz tammooz tamoz; August: aab
September: aylool ailool ailul aylul eylul; Muharram: muharram mu7arram mo7arram; Rajab: rajab
Shaban: sha3ban; Ramadan: ramadan ramadhan ramdan ramazan ramdhan romadan ramadane; Shawwal: shawwal shawal
Eid: eid 3eed 3id 3ed eed 3eid 3ied; Eid bonus: eidiya 3ediya 3eidiya 3aidiya 3eediya
Hajj: hajj 7ajj haj 7aj; Umrah: 3omra 3umra umrah omra 3omrah; Arafat Day: 3arafa arafa 3arafat arafat
Isra: isra2 esra2 israa isra; Mi'raj: mi3raj me3raj mi3raaj miraj
Prophet's Birthday: mawlid mouled mulid mawled mouloud mawlud; Prophet's: nabawi nabawy nabawiya
Hijri: hijri hijriya hejri hijriyya hejriya; national: watani wataniya watany; birthday: milad
Ashura: ashura 3ashura 3ashoora 3ashoura
leave: ijaza ijazah ijazeh ejaza egaza ajaza ijaze ejaze conge
permission: isti2than iste2zan esti2zan isti2zan istithan estithan istizan este2zan rokhsa
annual: sanawiya sanawiyya sanawiyeh sanawieh sanawi sanawy sanaweya sanawya sanawia
sick: maradiya maradiyya mardiya maradi marady maradeya mareed marid mareedh ta3ban ta3baan
sickness: marad mard; maternity: amoma omoma umuma umooma 2omoma; birth: wilada welada wilade wiladeh
paternity: ubuwwa ubuwa abowa; marriage: zawaj zawag zwaj; wedding: 3ers 3urs 3ors fara7
death: wafah wafat wafaa; bereavement: 3aza 3aza2 3azza; funeral: dafn
exams: imti7an emte7an imti7anat emte7anat; study: dirasa dirase derasa
emergency: tari2a tare2a tari2 tawari2 tawaree2 idtirariya edterareya
official: rasmiya rasmiyya rasmi rasmy; compensation: ta3weed ta3wid ta3weedh
salary: ratib raatib rateb ratb raatb ma3ash ma3aash mo3ash ma3ashat rawatib rawateb murattab mortab morattab mahiya khlass lkhlass salaire
wages: ujra ojra 2ojra ujoor ajr 2ajr
paid: yenzal yinzal ynzal tenzal tinzal nazal nizil nezel yetsaraf yitsaraf yitsirif tinzil tenzel yenzel yinzil
pay: yedfa3 yidfa3 yedf3o yidf3o ydf3oon yedfa3o yidfa3u adfa3 nedfa3 ndf3 dafa3 ysarfoon ysarfo yesrefo yisrifu ykhalsouna ykhalsu ykhalsou ykhelsouna
payment: daf3 dof3a dof3ah; come: yiji yeji yeegi yaji; come out: yetla3 yitla3 ytla3 tetla3 tala3
allowance: badal bdal badalat bdalat; raise: 3elawa 3ilawa 3alawa 3elawat ziyada zyada ziyadeh zeyada
promotion: tarqiya tar2iya targiya tar2eya tar2iyeh
bonus: mukafa2a mukafaa mokafa2a mkafa2a mukafa2ah mokafaa ikramiya ekramiya ekrameya prime
incentives: 7awafez hawafez 7afez 7awafiz; commission: 3umula 3omola 3omoola; percentage: nesba nisba
transport: mowasalat muwasalat mwaslat mawasalat mowaslat muwaslat naql na2l nagl tanaqqul tana2ol entiqal inti2al
HR: rh; health insurance: mutuelle; social security: cnss; pay slip: paie
accommodation: sakan sakn iskan eskan; food: ta3am 6a3am akl akel 2akl makla; meal: wajba wajbat wagba
phone: hatef hatif telefon tilifon talifon jawwal jawal mobail mobayel
travel: safar asafir asafer asaafer nsafer ansafer msafer msafir mesafer; trip: safra re7la ri7la
education: ta3leem ta3lim; school: madrasa madrase madaris madares; cost of living: ghala ghala2 8ala
extra: idafi edafi ezafi idafiya edafiya edafeya ezafiya idafiyya zayda
advance: sulfa solfa salfa silfa solfeh sulfeh salaf avance; loan: qard 2ard gard 2rood qurood
installments: taqseet ta2seet tagseet aqsat a2sat agsat qist 2est; debt: deen dayn
account: 7esab hesab hisab 7isab 7sab; transfer: ta7weel tahweel ta7wil; statement: kashf
deduction: khasm 5asm khosm khusoomat 5somat khsomat; deduct: yekhsim ya5sim yikhsim bikhsmo yenkhesem nkhasam inkhasam enkhasam t9te3 9te3 tqte3 yqte3 qata3 2ata3 2at3
tax: dareeba dariba daraeb dara2ib
insurance: ta2min ta2meen tamin tameen ta2men t2min ta2minat ta2meenat tameenat
health: si77i se77i su77i sehhi si7i sihhi; medical: tebbi tibbi tebi tibi 6ibbi
social: ijtima3i ejtema3i ijtima3iya ejtemaeya; social security: daman dhaman; service: khidma
end: nihaya nehaya nihayat nehayet yekhlas yikhlas yintahi yentehi
start: bidaya bedaya bidayat bedayet yebda yibda yebda2 yabda2 yibtidi yebtedi tebda tabda tibda
resignation: isti2ala este2ala esti2ala isti9ala istiqala este2aleh istigala
resign: asta2eel asta2il astaqil; notice: inthar in4ar enzar inzar endhar inzaar
period: moda mudda modde mudde fatra fatre fatrah
probation: tajriba tajrubeh tagroba tajrobe ikhtibar e5tebar ekhtebar
dismissal: fasl fasel tafneesh tafnish; termination: inha2 enha2; contract: 3a2d 3aqd 3agd 3akd 3o2od 3uqood
renewal: tajdeed tajdid tagdeed; renew: ajaddid ajadded jaddid ajded
documents: awra2 awraq awrag mostanadat mustanadat watha2i9 wathaeq watha2eq watha2iq; paper: wara2a wara2
certificate: shahada shahade shehada shahadeh chahada attestation
temperature: 7arara 7arare 7araret
letter: ifada efada ta3reef ta3rif khitab khetab 5itab jawab; request: talab 6alab atlub a6lob atlob atloob demande
form: namothaj namouthaj namuzaj namozag istimara estimara estmara
signature: tawqee3 tawgee3 tawqi3 emda2 imda2; stamp: khitm khetm 5etm
approval: mowafaqa muwafaqa mwafa2a mowafa2a; approve: ywafe2 ywafeq ywafeg ywaafiq ywafi2 ; circular: ta3meem; decision: qarar 2arar garar
transaction: mu3amala mo3amala m3amla mo3amalat
iqama residence permit: iqama eqama iqameh i2ama e2ama igama iqamah
visa: fiza feeza ta2sheera tasheera ta2shira tashira t2shira; sponsor: kafeel kafil kfeel kafeil
sponsorship: kafala kafalah; PRO: mandoob mandub mandoub
passport: jawaz jawaaz basbor paspor bassbor baspor passbor; immigration: jawazat gawazat
card: bitaqa betaqa bta2a bata2a batega bitaga btaqa; civil ID: madaniya madaniyya madanieh
ID: hawiya hawiyya howiyya hawiyye; license: rukhsa rukhsah leesans; driving: siyaqa sewa2a swa2a
exit: khurooj khuruj 5orog khorog khurug; return: 3awda 3oda arja3 arje3 nerja3 raje3
final: nihai nehaei nihaei; visit: ziyara zyara ziara; fingerprint: basma bassma bosma bsma
medical test: fa7s fahs; embassy: safara sifara; doctor: tabib tabeeb daktor doktor dktor
hospital: mustashfa mostashfa mestashfa mstashfa; clinic: 3iyada 3eyada 3yada 3iyadeh mostawsaf mustawsaf
medicine: dawa dawa2 adwiya adwiyeh; pharmacy: saydaliya saidaliya saydaliyeh farmasi
report: taqreer taqrir ta2reer ta2rir tagreer; surgery: 3amaliya 3amaliyya 3amaliyeh
pregnant: 7amel 7aamel hamel; injury: isaba esaba; accident: 7adith 7ades 7adis 7adsa 7adtheh
ambulance: is3af es3af; dental: asnan snan; working hours: dawam dwam dawaam dawamat
shift: nuba nobah noba wardiya wardiyya wardieh wardiyeh; lateness: ta2kheer takhir ta2khir t2khir ta2akhur
late: mit2akher mt2khr met2akher; absence: ghiyab gheyab 8eyab ghyab 8yab
attendance: 7odoor 7odor hudur 7dour; leaving: insiraf ensiraf ensraf; break: istira7a estera7a
rest: ra7a ra7ah; lunch: ghada gheda ghda 8ada ghadaa; breakfast: fatoor ftour fotoor futur ftor
iftar: iftar eftar; suhoor: so7oor sahoor suhoor s7oor; dinner: 3asha 3asha2 3cha l3cha
canteen: mat3am mt3am kafteria kantin kantina cantine; kitchen: matbakh mutbakh
coffee: qahwa 2ahwa gahwa ahwa; tea: shai atay; water: mayy mayya moya
company: sharika shirka sherka sherke charika shareka; office: maktab mktab bureau; management: idara edara idareh
manager: mudeer mudir modir mdir; boss: ra2ees rayes ra2is rayyes; supervisor: mushrif moshref mshref
employee: muwazzaf mowazaf mwazaf mwazzaf muwazaf mowazzaf
employees: muwazzafeen mowazafin mwazafin muwazafin mowazafeen; worker: 3amil 3amel; workers: 3ummal 3omal 3amleen 3amileen 3amilin
affairs: shu2oon shou2oon sho2on; resources: mawared mawarid; human: bashariya bashariyya
department: qism 2ism gism; branch: far3 fara3; site: mawqi3 maw2e3 mawgi3
warehouse: makhzan mkhzan mustawda3 mostawda3; factory: masna3 ma3mal m3mal; project: mashroo3 mashru3
camp: kamb mukhayyam mo5ayam; room: ghurfa ghorfa 8orfa 2oda ouda; bed: sareer serir
laundry: ghaseel ghasala 8aseel; bus: baas baasat basat bassat 7afila hafila otobees otobis autobis
car: sayyara sayara siyara sayyarah 3arabiya 3rabiya tomobil tonobil karhba; taxi: taksi
parking: mawqif maw2af mawgif; fuel: banzeen benzin benzeen
ticket: tazkara tazkira tathkara tathkira tazkarah tathakir tazaker
plane: tayyara tayara 6ayara ta2ira 6ayyara; flight: tayaran 6ayaran; airport: matar mataar ma6ar
uniform: yunifurm; clothes: libas lebs malabis hdoum; boots: jazma gazma jazmat
shoes: 7itha2 hitha2 7ezaa2 sabbat sebbat; safety: salama salameh slama; helmet: khuza khoda khouza
gloves: kfoof gfoof qfaz gfaz kfouf; glasses: nadara nazzara nadhara naddara; mask: kimama kamama kmama
equipment: mu3addat ma3addat mo3dat; training: tadreeb tadrib tadreb; course: dawra dawrat
meeting: ijtima3 ejtema3; appraisal: taqyeem ta2yeem tagyeem taqyim; complaint: shakwa shakwe shakawa
penalty: jaza2 gaza2 mukhalafa mo5alafa; job: wazifa wazeefa wa6eefa; balance: raseed rased
remaining: baqi ba2i ba2e bagi mitba2i mtba2i; normal: 3adi 3aadi 3ady; short: na2es ne2es na2s naqis ; right: 7aq 7a2 7e2 7aqq haq haqq; system: nizam nezam
law: qanoon 2anoon ganoon; regulations: la2i7a la2e7a laye7a; policy: siyasa seyasa
appointment: maw3ed maw3id; password: baswurd; email: bareed imail; one: wa7ed wahed wa7ad
two: tnen tnein itnen ithnen zooj jooj zouj jouj; three: talata tlata thalatha tlateh thalath
four: arba3a arb3a arbaa arba3; five: khamsa 5amsa 5amse; six: sitta sette setta; seven: sab3a sab3
eight: thamanya tamanya tmanya thmanya tmene; nine: tis3a tes3a; ten: 3ashra 3ashara 3ashre
half: nos nuss noss nus; quarter: rub3 rubu3; first: awwal awal; second: thani tani tany
third: thalith talet; last: akhir akher a5er a5ir; hundred: mia miya meya; thousand: alf alef
money: flous floos fulus masari masaari fouloos; every: kol kul kil koll; after: ba3d ba3ad
before: abl gabl qabl 2abl; without: bidoon bdoon bidun bala bla
wife: zawja zawjti zawjati marti mrati mrat hurma 7urma 7orma; husband: zawj zawji jozi gozi rajli rayli
children: awlad wlad 3eyal 3yal 3iyal atfal a6fal ulad; son: ibn ebn ibni ebni walad wald weld
daughter: bint benti binti; father: abuy abooy abui waldi walid abouya buya baba ab
mother: omm ummi ommi immi emmi mama yumma walda walidati waldati mami; brother: akh akhuy 5ai 5oi khayi
sister: ukht okht ekht okhti 5ti; grandfather: jadd jaddi sido jeddi; grandmother: jadda teta yadda
family: 3ayla 3a2ila 3eila 3ela usra osra ahl ahli ahel; relatives: 2arayeb qarayib garayeb aqarib
baby: tifl 6ifl mawlood mawloud bebe
take: a5od akhod aakhod akhdh akhuth a5ith nakhod nakhdo ne5od yakhod ya5od nakhedh; took: akhadt a5adt
work: ashtaghil ashtghl bashtghel ashtaghel nkhdem nekhdem shughl sho8l shoghl 3amal khedma 5edma
apply: aqaddim a2addem agaddim aqadim aqdem qaddim nqaddem ne2adem taqdeem ta2deem tagdeem taqdim
cancel: algi ulghi alghi elgha2 ilgha2 ilghaa; change: aghayyir a8ayer aghayer taghyeer t8yeer taghyir
use: astakhdim ast5dem estakhdem; get: atalla3 atal3 ytala3 a7sal a7sul ne7sal; sign: awaqqi3 awaqe3 wagga3
open: yefta7 yifta7 yeftah mafto7 maftoo7 maftou7 fate7
closed: ysakker yesakker msakkar msaker mughlaq mghlaq ma2fool m2fool
include: yeshmal yishmal shamel shaamil yghatti yeghatti yighatti yghati; give: ya3tooni y3tooni a3teeni ya3ti ya3to y3tiwni ya3tiwni y3tini ya3tini
calculated: yi7sbo ye7sbo ye7seb yet7sab
entitled: yesta7e2 asta7e2 mustahaq mosta7a2 ysta7eq asta7iq isti7qaq este7qa2 mosta7e2
allowed: masmoo7 masmou7 msmo7 masmo7 masmu7; forbidden: mamnoo3 mamnou3 mamnu3
need: lazim lazem laazem lazm lzm lazzem lezim lezem darouri daroori daruri mi7taj me7taj m7taj ne7taj a7taj matloob matlooba matlub matluba khasni khassni
must: wajib; go: aroo7 aru7 arou7 nemshi amshi; come: aji aje naji ayi; check: ashoof ashuf nshouf
do: a3ml a3mal a3mel ba3mel ba3mal asawi asawy adir ndir n3ml
`),
);

/**
 * Words only Arabic has, which say so though nothing else Arabic is typed beside them ("kindly tell el dawam
 * timing", "shlon I apply for annual leave?"); not the words English has borrowed ("Eid", "iqama", "hajj").
 */
export const MARKERS: ReadonlySet<string> = new Set(
  'kanoon tishreen shlon shloon chlon shinu shnu shno chno shu addesh 2addesh gaddesh chhal ch7al emta imta mita wain wein fein feen ezay izay kifach kifash leish lesh limadha meen minu shkoun dawam ma3ash ratib raatib ijaza egaza 3otla badal mowasalat muwasalat ta2min ta2meen mukafa2a mokafa2a sanawiya maradiya bokra bukra halla2 dilwa2ti al7een 3ndi 3ndkom 3andkom baddi bidi abgha 3ayez bghit mumkin momken lazim lazem sa3a sa3at osboo3 shahr ayyam mudeer muwazzaf mowazaf sharika sherka isti2ala este2ala sulfa solfa 7esab'.split(
    ' ',
  ),
);

/**
 * Other spellings of the listed words that the folding below does not reach: the Gulf's "ch" for "k" ("chif" for
 * "kaif") and chat's shorthand ("mta", "3ndkm").
 */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['chif', 'kaif'],
  ['cheef', 'kaif'],
  ['chaif', 'kaif'],
  ['3ndkm', '3ndkom'],
  ['mta', 'emta'],
]);

// --- spellings: numerals, folding, clitics ---

// The letter each numeral stands for in Arabizi ("3" ع, "7" ح, "3'" غ), written while a question is read as a
// letter of its own, so the reading takes the word for a word and gives it back with its numerals when unlisted.
const NUMERALS = "3' 6' 9' 7' 2 3 5 6 7 8 9".split(' ');
const LETTERS = [...'ɣẓḍḫʾʿẖṭḥġṣ'];

/** A word or phrase with its numerals as the letters they stand for ("sa3a" as "saʿa"). */
export const lettered = (text: string): string =>
  text.replace(/[3679]'|[2356789]/g, (n) => LETTERS[NUMERALS.indexOf(n)]!);
/** A reading with each numeral's letter given back as the numeral typed ("ma3loomat" stays "ma3loomat"). */
export const numeralsBack = (text: string): string =>
  text.replace(/[ɣẓḍḫʾʿẖṭḥġṣ]/gu, (l) => NUMERALS[LETTERS.indexOf(l)]!);

/**
 * A Latin word as its spellings meet: each numeral's letter as its sound ("3" as "a", or nothing before a vowel
 * that opens the word), "e" as "i", "o" as "u", "j" and "q" as "g", the ending of a feminine noun ("-eh", "-ah",
 * "-e") as "-a", doubled letters once ("ma3ash", "maash", "ma'ash", "maaash" all "mash"; "ijazeh", "egaza" "igaza").
 */
export function fold(word: string): string {
  const sounded = word
    .toLowerCase()
    .replace(/^ʿ(?=[aeiou])/, '')
    .replace(/ʿ/g, 'a')
    .replace(/[ʾ'’`-]/g, '')
    .replace(/[ẖḫ]/g, 'kh')
    .replace(/[ġɣ]/g, 'gh')
    .replace(/ṭ/g, 't')
    .replace(/ḥ/g, 'h')
    .replace(/ṣ/g, 's')
    .replace(/ẓ/g, 'z')
    .replace(/ḍ/g, 'd')
    .replace(/(?:eh|ah|e)$/, 'a')
    .replace(/(.)\1+/g, '$1');
  return sounded
    .replace(/e/g, 'i')
    .replace(/o/g, 'u')
    .replace(/[jq]/g, 'g')
    .replace(/a[iy](?=[^aeiou]|$)/g, 'i')
    .replace(/aw(?=[^aeiou]|$)/g, 'u')
    .replace(/iy/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Arabic script as the lists write it: one alif, "ه" for "ة", "ي" for "ى", hamza on its seat dropped, no tatweel. */
export const scriptFolded = (word: string): string =>
  word
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ی/g, 'ي');

// Every "and", preposition and article a word may carry before it, together, shortest first.
const carried = (and: string, prepositions: string, articles: string) =>
  [
    ...new Set(
      and
        .split(' ')
        .flatMap((a) =>
          prepositions
            .split(' ')
            .flatMap((p) => articles.split(' ').map((r) => `${a}${p}${r}`.replace(/_/g, ''))),
        ),
    ),
  ]
    .filter(Boolean)
    .sort((a, b) => a.length - b.length);

// What a Latin word may carry before it: "and" ("w"), a preposition ("b", "l", "f", "3a", "ka", "min", future
// "ha") and the article ("el", "il", "al", "l"), alone or together ("wel", "bel", "lel", "fel", "3al"); after it,
// a possessive or object ("ijazti", my leave; "ratbak", your salary).
const LATIN_BEFORE = carried(
  '_ w wa',
  lettered('_ b bi be l li le f fi fe 3a 3 k ka mn min ha 7a'),
  '_ el il al l',
);
const LATIN_AFTER = 'i y ak ek ik ki ha hom hum kom kum ko na ni o u h'.split(' ');
// The same for Arabic script: "و", "ف"; "ب", "ل", "ك", "ع", future "س" and "ح"; "ال" (or "ل" after "ل").
const SCRIPT_BEFORE = carried('_ و ف', '_ ب ل ك ع س ح', '_ ال ل');
const SCRIPT_AFTER = 'ي ك ه ها هم هن كم كن نا ني و وا'.split(' ');

// The word without what it carries, fewest taken off first; the "-t" a feminine noun ends in before an ending or
// a noun it is of is its "-a" ("ijazt-i", "fatret" are "ijaza", "fatra") or "ه" ("اجازت-ي" is "اجازه").
function stemsOf(
  word: string,
  before: string[],
  after: string[],
  feminine: (stem: string) => string,
): string[] {
  const fronts = [word, ...before.filter((p) => word.startsWith(p)).map((p) => word.slice(p.length))];
  // "fatrat el tajriba", "shahadat ratib": a feminine noun before the noun it is of ends in "-t".
  if (feminine(word) !== word) fronts.push(feminine(word));
  // "essakan", "ed-dawam": the article's "l" sounded as the letter after it.
  const assimilated = word.replace(/^[eai](sh|th|dh|[tdrzsn])(?=\1)/, '');
  if (assimilated !== word) fronts.push(assimilated);
  return fronts.flatMap((front) => [
    front,
    ...after
      .filter((s) => front.endsWith(s))
      .flatMap((s) => {
        const stem = front.slice(0, -s.length);
        return feminine(stem) === stem ? [stem] : [stem, feminine(stem)];
      }),
  ]);
}

/** A Latin word and what it may be without the clitics and endings it carries ("elma3ash", "ijazti"). */
export const latinStems = (word: string): string[] =>
  stemsOf(word, LATIN_BEFORE, LATIN_AFTER, (stem) => stem.replace(/[aei]?t$/, 'a')).filter(
    (s) => s.length >= 3,
  );
/** A word in Arabic script and what it may be without the clitics and endings it carries ("الراتب", "اجازتي"). */
export const scriptStems = (word: string): string[] =>
  stemsOf(word, SCRIPT_BEFORE, SCRIPT_AFTER, (stem) => stem.replace(/ت$/, 'ه')).filter((s) => s.length >= 2);
