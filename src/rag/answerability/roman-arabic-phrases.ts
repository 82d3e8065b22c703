/**
 * @module Arabic phrases as typed in chat (Arabizi: "kam yom", "ijaza sanawiya", "badal mowasalat", "yom 3arafa"),
 * and the words and phrases of questions typed in Arabic script ("كم يوم اجازة سنوية؟"), each with its English.
 * Phrases are written without the article typed apart ("badal mowasalat" reads "badal el mowasalat" too: the
 * reading leaves "el" out first) and in one spelling of each word (the reading folds the others into it). Words in
 * Arabic script are written without the clitics a question attaches to them ("ال", "و", "ب", "ل"; "ـي", "ـه"),
 * which the reading takes off. Written from general knowledge of Arabic and its dialects, without reading any
 * organisation's documents or questions.
 */
import { table } from './roman-arabic-words.js';

// "yenzal el ma3ash", "ينزل الراتب": the salary comes down, as it is paid into an account; said as English says it.
function salaryPaid(verbs: string, nouns: string): Array<[string, string]> {
  return verbs
    .split(' ')
    .flatMap((verb) => nouns.split(' ').map((noun): [string, string] => [`${verb} ${noun}`, 'salary paid']));
}

/** Phrases of several words typed in Latin letters, read before single words: what they ask or say. */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...salaryPaid(
    'yenzal yinzal ynzal tenzal tinzal tinzil nazal nizil yetsaraf yitsaraf',
    'ratib ma3ash mortab rawatib mahiya',
  ),
  ...table(
    `
what time: ay sa3a|aya sa3a|3ala ay sa3a|3la ay sa3a|fi ay sa3a|f ay sa3a|kam elsa3a|addesh elsa3a|gaddesh elsa3a|chhal elsa3a|elsa3a kam|elsa3a addesh|sa3a kam|3ala addesh|3al addesh|3ala kam|ay wa2t|fi ay wa2t|f ach mn sa3a|ach mn sa3a
until what time: la ay sa3a|l ay sa3a|7atta ay sa3a|l7ad ay sa3a|ila ay sa3a|lal sa3a kam|lel sa3a kam|la addesh|lin kam|lain kam|leen kam
from what time: min ay sa3a|mn ay sa3a|min addesh
until when: la emta|le emta|l emta|7atta emta|hatta emta|l7ad emta|le7ad emta|la7ad emta|ila mata|ila emta|lin mita|lain mita|leen mita|lin emta|7atta mata
since when: min emta|mn emta|min mita|min mata|mn imta
how long: kam moda|addesh fatra|kam fatra|kam mudda|addesh moda|addesh modde|gaddesh mudda|cham mudda|kam wa2t|addesh wa2t|kam wagt|kam waqt|cham wagt|chhal mn wa9t|addesh btakhod|kam takhod
how much: ad eh|2ad eh|ad eih|bi kam|b kam
how many days: kam yom|kam ayyam|addesh yom|addesh ayyam|cham yom|cham ayyam|gaddesh yom|gaddesh ayyam|chhal mn nhar|ch7al mn nhar|chhal mn yom|kam nhar
how many hours: kam sa3a|addesh sa3a|cham sa3a|gaddesh sa3a|chhal mn sa3a|kam sa3at|chhal mn sa3at
how many weeks: kam osboo3|addesh osboo3|kam asabee3|cham osboo3|chhal mn simana
how many months: kam shahr|addesh shahr|cham shahr|chhal mn shahr|kam ashhur
how many years: kam sana|addesh sana|cham sana|kam sanawat
how many times: kam marra|addesh marra|cham marra|kam mara|chhal mn mera
how much money: kam flous|addesh masari|cham flous|chhal mn flous
what percent: kam nesba|addesh nesba|kam bel mia|kam fel mia
which day: ay yom|anhu yom|ay nhar
which month: ay shahr|anhu shahr
what date: ay tarikh|kam tarikh|addesh tarikh|sh7al tarikh
which one: ay wa7ed|anhu wa7ed
where from: min wain|mn wain|min wein|mnein|mnain|mnin|min fein|mn fein|min ayn
where to: la wain|la wein|lawein|l fein|le fein
what do I need to do: shu lazem a3mel|shu lazim asawi|shno lazem asawi|shinu lazim asawi|shnu khassni ndir|chno khasni ndir|shu ba3mel|shu a3mel|shno asawi|shinu asawi|eh a3mel|chno ndir|shnu ndir|eh mafrood a3mel
how do I: shlon asawi|shlon a3ml|shlon a3mal|kaif asawi|kaif a3ml|keef ba3mel|kif ba3mel|kif a3mel|ezay a3ml|ezay a3mel|kifach ndir|kifash ndir|kifach n3ml|kayfa a3mal
how can I: shlon agdar|shlon a2dar|kaif aqdar|kaif a2dar|keef ba2dar|kif ba2dar|ezay a2dar|kifach nqder|kifash n9dar|kayfa astati3
how do I apply: shlon aqaddim|shlon agaddim|kaif aqaddim|keef ba2addem|kif ba2addem|ezay a2adem|ezay aqaddim|kifach nqaddem
how do I get: shlon a5od|shlon akhod|kaif akhod|keef bakhod|ezay akhod|kifach nakhod
can I: hal yumkinuni|hal yumkinni|hal astati3
is there: wach kayn|wach kayna|hal yujad|hal yoojad|hal fi|hal fih
am I entitled to: hal yo7a2 li|hal ya7iq li|a9dar n3ref wach 3ndi l7a9
this month: hal shahr|hashahr|had shahr|hatha shahr|shahr hatha|shahr hada|shahr da|shahr dah|shahr hadha|hadshahr
next month: shahr jay|shahr qadem|shahr elli jay|shahr li jay|shahr gadem
last month: shahr madi|shahr elli fat|shahr li fat|shahr sabe2|shahr faat
this week: hal osboo3|hal jem3a|osboo3 hatha|osboo3 hada|osboo3 da|had simana
next week: osboo3 jay|osboo3 qadem|osboo3 elli jay|simana jaya
last week: osboo3 madi|osboo3 elli fat|osboo3 maadi
this year: hal sana|hasana|hal 3am|sana di|sana hadi|sana hathi|had 3am
next year: sana jaya|sana jayya|sana qadima|sana jayeh|3am jay
last year: sana madya|sana elli fatet|sana maadya|3am madi|3am elli fat
every month: kol shahr
every day: kol yom|kol nhar
every week: kol osboo3
every year: kol sana
per month: bel shahr|bshahr|shahriyan|shahri
per day: bel yom|yawmiyan|yawmi|yomi
per hour: bel sa3a
per year: bel sana|sanawiyan
afternoon: ba3d dohr
morning: abl dohr
midnight: nos lail
end of month: akher shahr|nihayat shahr|akher kol shahr
start of month: awwal shahr|bidayat shahr
mid-month: nos shahr
end of year: akher sana|nihayat sana
weekend: nihayat osboo3|akher osboo3
day after tomorrow: ba3d bokra|ba3d ghadan
annual leave: ijaza sanawiya|conge annuel|3otla sanawiya|ijaza snawiya
sick leave: ijaza maradiya|ijaza marad|conge maladie|ijaza si77iya
maternity leave: ijaza amoma|ijaza wilada|conge maternite
paternity leave: ijaza ubuwwa
marriage leave: ijaza zawaj|ijaza 3ers|ijaza gawaz
bereavement leave: ijaza wafah|ijaza 3aza
Hajj leave: ijaza hajj
emergency leave: ijaza tari2a|ijaza tawari2|ijaza idtirariya
casual leave: ijaza 3arda|egaza 3arda
unpaid leave: ijaza bidoon ratib|ijaza bidoon ma3ash|ijaza bidoon ajr|ijaza min gheir ratib
paid leave: ijaza bi ratib|ijaza ma3 ratib|ijaza madfoo3a
exam leave: ijaza imti7anat|ijaza dirasa
unpaid: bidoon ratib|bidoon ajr|min gheir ratib|mish madfoo3a|ghair madfoo3a
paid: bi ratib|ma3 ratib|madfoo3a|madfoo3
public holiday: 3otla rasmiya|ijaza rasmiya|3otal rasmiya
day off: yom 3otla|yom ijaza|yom ra7a|yom off
day in lieu: yom badal|yom ta3weed|ta3weed yom
leave balance: raseed ijaza|ijaza baqi|raseed conge
working hours: sa3at dawam|awqat dawam|mawa3eed dawam|sa3at 3amal|awqat 3amal|sa3at shughl|wa2t dawam
start of work: bidayat dawam
end of work: nihayat dawam|akher dawam
overtime: heures sup|heures supplementaires|sa3at idafiya|dawam idafi|3amal idafi|shughl idafi|sa3at zayda|over taym|overtaym|ovr time
night shift: nuba layliya|dawam laili|shift laili|wardiya layliya|shift lail
morning shift: dawam saba7i|shift saba7i|wardiya saba7iya
evening shift: dawam masa2i|shift masa2i|wardiya masa2iya
Ramadan working hours: dawam ramadan|sa3at dawam ramadan
lunch break: istira7a ghada|break ghada|wa2t ghada
salary certificate: shahada ratib|shahada ma3ash|ta3reef ratib|ta3reef bel ratib|shahada ta3reef|ifada ratib
experience certificate: shahada khibra|shahada khidma
housing allowance: badal sakan|badal iskan
transport allowance: badal mowasalat|badal naql|badal tanaqqul|badal entiqal
food allowance: badal ta3am|badal akl|badal wajbat
phone allowance: badal hatef|badal telefon|badal jawwal
travel allowance: badal safar
education allowance: badal ta3leem|badal madaris|badal madrasa
cost of living allowance: badal ghala|badal ghala ma3isha
pay slip: fiche paie|fiche de paie|bulletin de paie|kashf ratib|slip ratib
end of service gratuity: mukafa2a nihayat khidma|nihayat khedma|mukafa2a nihayat khedma|nihayat khidma|mukafa2a khidma
salary advance: sulfa ratib|sulfa 3ala ratib|sulfa 3al ratib|sulfa min ratib|sulfa mn ma3ash
health insurance: ta2min si77i|ta2min tebbi
social insurance: ta2minat ijtima3iya
social security: daman ijtima3i
bank account: 7esab bank|7esab banki
account number: ra2am 7esab|raqam 7esab|ra2m 7esab
phone number: ra2am telefon|raqam hatef|ra2m telefon|ra2am jawwal|raqam jawwal|rakam telefon
notice period: fatra inthar|moda inthar|mohlat inthar|fatra inzar|moda inzar|mohlat inzar|fatra enzar
probation period: fatra tajriba|fatra ikhtibar|fatra tajribiya|moda ikhtibar
contract renewal: tajdeed 3a2d
termination: inha2 3a2d|inha2 khidma|fasl min 3amal
exit re-entry visa: khurooj 3awda|ta2sheera khurooj 3awda
final exit: khurooj nihai
sponsorship transfer: naql kafala
NOC: 3adam mumana3a|shahada 3adam mumana3a|la mani3|la mane3
visit visa: ta2sheera ziyara|fiza ziyara|visa ziyara
family visa: fiza 3a2iliya|iqama 3a2iliya
civil ID: bitaqa madaniya
ID card: bitaqa hawiya|bitaqa shakhsiya|bta2a shakhseya
driving license: rukhsa siyaqa|rukhsa swa2a|rokhsa sewa2a
medical test: fa7s tebbi|fa7s iqama
medical report: taqreer tebbi|taqreer marad
HR: shu2oon 3amleen|shu2oon muwazzafeen|shu2oon idariya|mawared bashariya|shu2oon 3ummal
Eid al-Fitr: eid fitr|eid fe6r|eid sagheer|eid saghir|eid zgheer|eid sghir
Eid al-Adha: eid adha|eid ad7a|eid kabeer|eid kbir|eid kbeer
Eid holiday: 3otla eid|ijaza eid
Eid: yom eid|ayyam eid
Arafat Day: yom 3arafa|wa2fa 3arafa|wagfa 3arafa|waqfa 3arafa|yom 3arafat
Isra and Mi'raj: isra2 mi3raj|isra2 wel mi3raj|isra2 wal mi3raj
Prophet's Birthday: mawlid nabawi|mawlid nabi|mawlid nabawi sharif
Islamic New Year: ras sana hijriya|ra2s sana hijriya|ras sana hijri|sana hijriya|sana hijriya jdida|ras 3am hijri|ra2s sana hijri
New Year: ras sana|ra2s sana|ras sana miladiya|ras 3am
Christmas: eid milad|eid milad majeed
National Day holiday: 3otla eid watani|ijaza eid watani
National Day: eid watani|yom watani|eid wataniya
Liberation Day: eid ta7reer|yom ta7reer
Founding Day: yom ta2sees|yom ta2sis
Labour Day: eid 3ummal|eid 3omal
Independence Day: eid isti2lal|eid istiqlal
Ramadan: shahr ramadan
Sunday: yom a7ad|nhar l7ed
Monday: yom ithnain|yom itnein|nhar letnin
Tuesday: yom thulatha|yom talat|yom tlata|yom talata|nhar tlat
Wednesday: yom arbi3a|yom arba3a|yom arb3a|nhar larb3
Thursday: yom khamees|nhar lkhmis
Friday: yom jum3a|nhar ljem3a
Saturday: yom sabt|nhar ssabt
January: kanoon thani|kanoon tani
December: kanoon awwal
October: tishreen awwal
November: tishreen thani|tishreen tani
Dhu al-Hijjah: thul 7ijja|dhul hijja|zul hijja
passport: jawaz safar|gawaz safar
air ticket: tazkara tayyara|tazkara tayaran|tazkara safar
annual ticket: tazkara sanawiya
safety shoes: 7itha2 salama|jazma salama|sabbat salama
safety gear: mu3addat salama
uniform: zay muwa7ad|zay rasmi
company bus: baas sharika
company accommodation: sakan sharika
company car: sayyara sharika
`,
    /\|/,
  ),
];

/** Words of asking typed in Arabic script, each with what it asks in English. */
export const SCRIPT_ASKING: ReadonlyMap<string, string> = new Map(
  table(`
how much: كم كام قديش اديش قداش شحال بكم بكام شقد
when: متى امتى ايمتى امتا متي وقتاش فوقاش
until when: لامتى لايمتى لمتى
where: وين فين اين فاين وينه
what: شو ايش شنو شنهو وش ماذا ايه شنوة
how: كيف شلون ازاي كيفاش
why: ليش ليه لماذا علاش
who: مين منو شكون
which: اي اية انهو
is: هل واش
is there: في فيه عندكم عندكو عندنا كاين كاينة يوجد
can: ممكن يمكن ينفع يصير يصح
can I: اقدر نقدر بقدر
`),
);

/** Words of grammar, courtesy and wanting typed in Arabic script, dropped from the English reading. */
export const SCRIPT_DROPPED: ReadonlySet<string> = new Set(
  'و ف ب ل ك زي من الى على ع عن مع حتى بس فقط ان انه اللي الذي التي هذا هذه هاد هاي هادي هذي ده دي دا ذلك تلك هذاك انا احنا نحن انت انتي انتم انتو هو هي هم هما كان كانت يكون بيكون راح رح ح سوف لو اذا لما يعني طيب طب تمام خلاص اوكي شي شيء ما مش مو مب ليس لا مافي مافيش ماكو يا كمان ايضا برضو برضه السلام عليكم سلام مرحبا اهلا هلا الخير شكرا مشكور يعطيك العافيه سمحت سمحتوا فضلك فضلكم الله ارجو رجاء استفسار سؤال اسال اعرف نعرف تقولي قولي خبرني اخي اخوي ابي ابغى ابغا بدي عايز عاوز عايزه بغيت اريد نبغى ودي عندي'.split(
    ' ',
  ),
);

/** Verbs typed in Arabic script that a question turns on: with a word of asking, the sign of the language. */
export const SCRIPT_VERBS: ReadonlySet<string> = new Set(
  'ابي ابغى بدي عايز عاوز بغيت اريد عندي لازم يجب احتاج محتاج ينزل تنزل نزل يتصرف يصرف يدفعوا يدفعون ندفع اخذ اخد ناخذ ناخد ياخذ اخذت احصل اقدم نقدم اطلب اجدد الغي اسافر ارجع اشتغل اعمل يبدا يبدأ يخلص ينتهي يفتح يسكر يقفل يشمل يعطوا يعطون يحسب يخصم يخصموا استحق يستحق'.split(
    ' ',
  ),
);

/** Everyday workplace words typed in Arabic script, with their English. */
export const SCRIPT_WORDS: ReadonlyMap<string, string> = new Map(
  table(`
in: في; day: يوم نهار; days: ايام; two days: يومين; hour: ساعة; hours: ساعات; time: الساعة وقت; week: اسبوع
weeks: اسابيع; month: شهر; months: اشهر شهور; year: سنة عام; years: سنوات سنين اعوام; minute: دقيقة
minutes: دقائق دقايق; morning: صباح الصبح صباحي صباحية; evening: مساء المسا مسائي مسائية
night: ليل ليلة ليلي ليلية; noon: الظهر ظهر; afternoon: العصر عصر; today: اليوم النهارده
tomorrow: بكرة باكر غدا بكرا; yesterday: امس مبارح البارحة; now: الحين هلق هلأ دلوقتي دابا الان حاليا
next: الجاي الجاية القادم القادمة المقبل المقبلة; last: الماضي الماضية الفائت السابق; new: جديد جديدة
weekend: الويكند ويكند; date: تاريخ; schedule: جدول; holiday: عطلة عطل عطلات; Sunday: الاحد
Monday: الاثنين الاتنين; Tuesday: الثلاثاء التلات الثلاثا; Wednesday: الاربعاء الاربع; Thursday: الخميس خميس
Friday: الجمعة جمعة; Saturday: السبت سبت; January: يناير; February: فبراير شباط; March: مارس اذار
April: ابريل نيسان; May: مايو ايار; June: يونيو يونيه حزيران; July: يوليو يوليه تموز; August: اغسطس اب
September: سبتمبر ايلول; October: اكتوبر; November: نوفمبر; December: ديسمبر; Muharram: محرم; Ramadan: رمضان
Shawwal: شوال; Eid: عيد العيد; Eid bonus: عيدية العيدية; Hajj: حج الحج; Umrah: عمرة; Arafat Day: عرفة عرفات
Prophet's Birthday: مولد; Hijri: الهجرية هجرية هجري الهجري; national: الوطني وطني; leave: اجازة اجازات إجازة كونجي
permission: استئذان اذن; annual: سنوية سنوي; sick: مرضية مرضي مريض; sickness: مرض; maternity: امومة وضع
birth: ولادة; paternity: ابوة; marriage: زواج; bereavement: وفاة عزاء; emergency: طارئة طوارئ اضطرارية
official: رسمية رسمي; compensation: تعويض; salary: راتب رواتب معاش مرتب مرتبات ماهية; wages: اجر اجور
paid: ينزل تنزل نزل يتصرف يصرف مدفوعة; pay: يدفعوا يدفعون ندفع ادفع دفع; allowance: بدل بدلات
raise: علاوة زيادة; promotion: ترقية; bonus: مكافأة مكافاة مكافآت; incentives: حوافز حافز
transport: مواصلات نقل; accommodation: سكن; food: اكل طعام; meal: وجبة وجبات; phone: هاتف جوال موبايل تليفون
travel: سفر اسافر; trip: رحلة; advance: سلفة سلف; loan: قرض قروض; installments: اقساط قسط تقسيط
account: حساب; transfer: تحويل; deduction: خصم خصومات استقطاع; deduct: يخصم يخصموا انخصم ينخصم خصموا; tax: ضريبة ضرائب
insurance: تأمين تامين التأمينات تأمينات; health: صحي صحية; medical: طبي طبية; service: الخدمة خدمة
end: نهاية يخلص ينتهي; start: بداية يبدا يبدأ تبدا بتبدا بيبدا; resignation: استقالة; notice: انذار اشعار; period: مدة فترة
probation: تجربة اختبار; dismissal: فصل; contract: عقد; renewal: تجديد; renew: اجدد نجدد; documents: اوراق مستندات وثائق
certificate: شهادة; letter: خطاب رسالة; request: طلب اطلب; form: نموذج استمارة فورم; signature: توقيع
stamp: ختم; approval: موافقة; transaction: معاملة معاملات; iqama residence permit: اقامة الاقامة
visa: تأشيرة تاشيرة فيزا فيزة; sponsor: كفيل الكفيل; sponsorship: كفالة; PRO: مندوب المندوب
passport: جواز الجواز; immigration: الجوازات; card: بطاقة; ID: هوية; license: رخصة; exit: خروج
return: عودة ارجع رجوع; visit: زيارة; fingerprint: بصمة; embassy: سفارة; doctor: دكتور طبيب
hospital: مستشفى مستشفي; clinic: عيادة مستوصف; medicine: دواء ادوية; pharmacy: صيدلية; report: تقرير
surgery: عملية; pregnant: حامل; injury: اصابة; accident: حادث; ambulance: اسعاف; working hours: دوام الدوام
shift: شفت وردية نوبة مناوبة; lateness: تأخير تاخير تأخر; absence: غياب; attendance: حضور
break: استراحة بريك; lunch: غداء الغدا; breakfast: فطور; iftar: افطار; suhoor: سحور; dinner: عشاء عشا
canteen: مطعم كافتيريا كانتين مقصف; coffee: قهوة; tea: شاي; water: ماء مويه; company: شركة; office: مكتب
management: ادارة; manager: مدير; boss: رئيس; supervisor: مشرف; employee: موظف; employees: موظفين
workers: عمال; department: قسم; branch: فرع; site: موقع; warehouse: مخزن مستودع; factory: مصنع
project: مشروع; camp: كامب مخيم; room: غرفة; bus: باص باصات حافلة اتوبيس; car: سيارة عربية; taxi: تاكسي
parking: موقف مواقف باركنج; fuel: بنزين وقود; ticket: تذكرة تذاكر; flight: طيران; plane: طيارة طائرة
airport: مطار; uniform: الزي يونيفورم; clothes: ملابس; shoes: حذاء جزمة; boots: بوت; safety: السلامة سلامة
helmet: خوذة; gloves: قفازات كفوف; glasses: نظارة; mask: كمامة; training: تدريب; course: دورة
meeting: اجتماع; appraisal: تقييم; complaint: شكوى; penalty: جزاء مخالفة; job: وظيفة; balance: رصيد
remaining: باقي متبقي; right: حق; system: نظام; law: قانون; policy: سياسة لائحة; password: باسورد
email: ايميل; one: واحد; two: اثنين اتنين; three: ثلاثة تلاتة; four: اربعة; five: خمسة; half: نص نصف
first: اول; second: ثاني تاني; last: اخر; money: فلوس مصاري; every: كل; after: بعد; before: قبل
without: بدون; wife: زوجة زوجتي مرتي مراتي الحرمة; husband: زوج زوجي جوزي; children: اولاد عيال اطفال
son: ابن ابني ولد; daughter: بنت بنتي; father: ابو ابوي والد والدي بابا
mother: ام امي والدة والدتي ماما الوالدة; brother: اخ اخو; sister: اخت اختي
family: عائلة عيلة اسرة اهل اهلي; relatives: اقارب قرايب; baby: مولود طفل; take: اخذ اخد ناخذ ناخد ياخذ
took: اخذت; get: احصل نحصل; work: اشتغل نشتغل بشتغل اعمل شغل عمل; apply: اقدم نقدم تقديم; cancel: الغي الغاء
change: اغير تغيير; open: يفتح مفتوح; closed: يسكر يقفل مقفول مسكر مغلق; include: يشمل شامل
give: يعطوا يعطون يعطي; calculated: يحسب يحسبوا; entitled: استحق يستحق مستحق; allowed: مسموح
forbidden: ممنوع; need: لازم يجب ضروري محتاج احتاج
`),
);

/** Phrases typed in Arabic script, read before single words: what they ask or say. */
export const SCRIPT_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...salaryPaid('ينزل تنزل نزل يتصرف', 'راتب رواتب معاش مرتب'),
  ...table(
    `
what time: كم الساعة|الساعة كم|الساعة كام|اي ساعة|على اي ساعة|في اي ساعة|الساعة قديش|ع اي ساعة
until what time: لحد الساعة كام|لين الساعة كم|لغاية اي ساعة|لحد اي ساعة|حتى اي ساعة|الى اي ساعة
until when: لين متى|لحد امتى|لغاية متى|الى متى|حتى متى
since when: من متى|من امتى
how long: كم مدة|قديش مدة|اد ايه|قد ايه
how many days: كم يوم|كام يوم|قديش يوم|كم ايام|شحال من نهار
how many hours: كم ساعة|كام ساعة|قديش ساعة|كم ساعات
how many weeks: كم اسبوع|كام اسبوع
how many months: كم شهر|كام شهر|قديش شهر
how many years: كم سنة|كام سنة|كم عام
how many times: كم مرة|كام مرة
what percent: كم نسبة|كم بالمية
which day: اي يوم|انهو يوم
what date: اي تاريخ|كم تاريخ
where from: من وين|منين|من فين|من اين
how do I: كيف اسوي|شلون اسوي|كيف اعمل|ازاي اعمل|كيفاش ندير|كيف بعمل
how can I: كيف اقدر|شلون اقدر|ازاي اقدر|كيف بقدر|كيف يمكنني
how do I apply: كيف اقدم|شلون اقدم|ازاي اقدم|كيف بقدم|كيف اتقدم
what do I need to do: شو لازم اعمل|ايش لازم اسوي|شنو لازم اسوي|ايه المطلوب|ماذا يجب ان افعل
is there: واش كاين|واش كاينة|هل يوجد|هل هناك|هل في|هل فيه
can I: هل يمكنني|هل استطيع|هل أستطيع
am I entitled to: هل يحق لي|يحق لي
this month: هذا الشهر|هالشهر|الشهر هذا|الشهر ده|الشهر هاد|هاد الشهر
next month: الشهر الجاي|الشهر القادم|الشهر المقبل
last month: الشهر الماضي|الشهر اللي فات|الشهر الفائت|الشهر السابق
this week: هذا الاسبوع|هالاسبوع|الاسبوع ده
next week: الاسبوع الجاي|الاسبوع القادم|الاسبوع المقبل
last week: الاسبوع الماضي|الاسبوع اللي فات
this year: هذه السنة|هالسنة|السنة دي|هذا العام|السنة هذي
next year: السنة الجاية|السنة القادمة|العام القادم|السنة المقبلة|العام المقبل
last year: السنة الماضية|العام الماضي|السنة اللي فاتت
every month: كل شهر
every day: كل يوم
every week: كل اسبوع
per month: بالشهر|شهريا
per day: باليوم|يوميا
per hour: بالساعة
end of month: اخر الشهر|نهاية الشهر|اخر كل شهر
start of month: اول الشهر|بداية الشهر
day after tomorrow: بعد بكرة|بعد غد
annual leave: اجازة سنوية|عطلة سنوية
sick leave: اجازة مرضية|اجازة مرضي|اجازة مرض
maternity leave: اجازة امومة|اجازة وضع|اجازة ولادة
paternity leave: اجازة ابوة
marriage leave: اجازة زواج
bereavement leave: اجازة وفاة|اجازة عزاء
Hajj leave: اجازة حج
emergency leave: اجازة طارئة|اجازة اضطرارية
casual leave: اجازة عارضة
unpaid leave: اجازة بدون راتب|اجازة بدون اجر|اجازة غير مدفوعة
paid leave: اجازة مدفوعة|اجازة براتب
unpaid: بدون راتب|بدون اجر|غير مدفوعة
public holiday: عطلة رسمية|اجازة رسمية|عطل رسمية|عطلات رسمية
day off: يوم عطلة|يوم اجازة|يوم راحة
leave balance: رصيد اجازات|رصيد اجازة
working hours: ساعات دوام|اوقات دوام|مواعيد دوام|ساعات عمل|اوقات عمل|مواعيد عمل|وقت دوام
overtime: ساعات اضافية|عمل اضافي|دوام اضافي|اوفر تايم|اوفرتايم
night shift: دوام ليلي|شفت ليلي|وردية ليلية|مناوبة ليلية|نوبة ليلية
morning shift: دوام صباحي|شفت صباحي|وردية صباحية
evening shift: دوام مسائي|شفت مسائي|وردية مسائية
lunch break: استراحة غداء|وقت غداء|بريك غدا
pay slip: قسيمة الراتب|ورقة الراتب|كشف الراتب|كشف راتب
salary certificate: شهادة راتب|تعريف بالراتب|تعريف راتب|شهادة تعريف|مفردات مرتب
experience certificate: شهادة خبرة|شهادة خدمة
housing allowance: بدل سكن
transport allowance: بدل مواصلات|بدل نقل|بدل انتقال|بدل تنقل
food allowance: بدل طعام|بدل اكل|بدل وجبات|بدل اعاشة
phone allowance: بدل هاتف|بدل جوال|بدل تليفون
travel allowance: بدل سفر
education allowance: بدل تعليم|بدل مدارس
cost of living allowance: بدل غلاء|بدل غلاء معيشة|غلاء معيشة
end of service gratuity: مكافأة نهاية الخدمة|مكافاة نهاية الخدمة|نهاية الخدمة|مستحقات نهاية الخدمة
salary advance: سلفة على الراتب|سلفة من الراتب|سلفة راتب
health insurance: تأمين صحي|تامين صحي|تأمين طبي
social insurance: تأمينات اجتماعية
bank account: حساب بنكي|حساب بنك|حساب مصرفي
notice period: فترة انذار|فترة اشعار|مدة انذار|مهلة انذار|فترة اخطار
probation period: فترة تجربة|فترة اختبار
contract renewal: تجديد عقد
termination: انهاء خدمة|انهاء عقد|فصل من عمل
exit re-entry visa: خروج وعودة|خروج عودة|تأشيرة خروج وعودة
final exit: خروج نهائي
sponsorship transfer: نقل كفالة|تنازل
NOC: عدم ممانعة|شهادة عدم ممانعة|لا مانع|خطاب عدم ممانعة
visit visa: تأشيرة زيارة|فيزا زيارة
family visa: تأشيرة عائلية|اقامة عائلية
civil ID: البطاقة المدنية|بطاقة مدنية|المدنية
ID card: بطاقة هوية|بطاقة شخصية
driving license: رخصة قيادة|رخصة سواقة
medical test: فحص طبي
medical report: تقرير طبي
HR: شؤون الموظفين|الموارد البشرية|موارد بشرية|شؤون العاملين
Eid al-Fitr: عيد الفطر|العيد الصغير
Eid al-Adha: عيد الاضحى|العيد الكبير
Eid holiday: عطلة العيد|اجازة العيد|عطلة عيد
Arafat Day: يوم عرفة|وقفة عرفات|وقفة عرفة
Isra and Mi'raj: الاسراء والمعراج|الاسراء و المعراج|اسراء ومعراج
Prophet's Birthday: المولد النبوي|المولد النبوي الشريف|مولد النبي
Islamic New Year: رأس السنة الهجرية|راس السنة الهجرية|السنة الهجرية|العام الهجري الجديد|السنة الهجرية الجديدة
New Year: رأس السنة|راس السنة|رأس السنة الميلادية
Christmas: عيد الميلاد|عيد الميلاد المجيد
National Day holiday: عطلة العيد الوطني|اجازة العيد الوطني|اجازة اليوم الوطني|عطلة اليوم الوطني
National Day: العيد الوطني|اليوم الوطني
Liberation Day: عيد التحرير
Founding Day: يوم التأسيس
Labour Day: عيد العمال
Independence Day: عيد الاستقلال
Sham el-Nessim: شم النسيم
Ramadan: شهر رمضان
Sunday: يوم الاحد
Monday: يوم الاثنين|يوم الاتنين
Tuesday: يوم الثلاثاء|يوم التلات
Wednesday: يوم الاربعاء|يوم الاربع
Thursday: يوم الخميس
Friday: يوم الجمعة
Saturday: يوم السبت
January: كانون الثاني
December: كانون الاول
October: تشرين الاول
November: تشرين الثاني
Dhu al-Hijjah: ذو الحجة|ذي الحجة
passport: جواز السفر|جواز سفر
air ticket: تذكرة طيران|تذاكر طيران|تذكرة سفر
safety shoes: حذاء السلامة|جزمة سلامة|بوت سلامة
safety gear: معدات السلامة|معدات الوقاية
uniform: الزي الموحد|زي موحد|الزي الرسمي
company accommodation: سكن الشركة
company car: سيارة الشركة
company bus: باص الشركة
`,
    /\|/,
  ),
];
