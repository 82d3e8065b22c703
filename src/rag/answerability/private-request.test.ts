import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';

describe("questions about a named person's private life", () => {
  it.each([
    ["What is Helen Okafor's date of birth?", 'Helen Okafor'],
    ['How much does Tomasz Brandt earn?', 'Tomasz Brandt'],
    ['Is Élodie Vasseur off sick at the moment, and what is wrong with her?', 'Élodie Vasseur'],
    ["Can you give me Priya Nair's home address?", 'Priya Nair'],
    ["whats Agnes Nombri's home village and her phone number? need to send her something", 'Agnes Nombri'],
    [
      'where does Otsile Ntshole stay in Jwaneng? I want to drop off something at his house',
      'Otsile Ntshole',
    ],
    ['did Rick Stainbrook fail his random? heard they pulled him off route', 'Rick Stainbrook'],
    ["what's wrong with Bonang Rapula? they took her to the clinic yesterday", 'Bonang Rapula'],
    ["What's Jonas Weber’s personal mobile number?", 'Jonas Weber'],
    ['Quel est le salaire de Marc Lefèvre ?', 'Marc Lefèvre'],
    ['cuanto es el salario de julio perez?', 'Julio Perez'],
    // A first name that is a month too is still a name.
    ['what is abril gomez salary?', 'Abril Gomez'],
    // A named person's sickness asked in French or Spanish, and a social security number by its acronym.
    ['Fatoumata Barro est malade? elle a quoi exactement', 'Fatoumata Barro'],
    ['M. Rodrigue Makaya est en arrêt maladie ? il a quoi exactement ?', 'Rodrigue Makaya'],
    [
      "Mme Sitti Mariama Halidi l'infirmière est malade depuis lundi, elle a quoi exactement ?",
      'Mme Sitti Mariama Halidi',
    ],
    [
      'M. Rodrigue Makaya, le chef d’équipe, est en arrêt maladie ? il a quoi exactement ?',
      'Rodrigue Makaya',
    ],
    ['Mme Sitti Halidi, la responsable RH, est malade ? elle a quoi ?', 'Mme Sitti Halidi'],
    ['Qué enfermedad tiene Eric Cedeño?', 'Eric Cedeño'],
    // In Danish, Slovene and Croatian, the name in its case ("Draganu Mariću").
    ['Ivalu Petersen er sygemeldt igen, ved du hvad hun fejler?', 'Ivalu Petersen'],
    ['Senad Mujić je na bolniški, kaj mu je?', 'Senad Mujić'],
    ['Šta je Draganu Mariću? Čujem da je na bolovanju.', 'Draganu Mariću'],
    ['gde zivi zoran jovanovic u arilju? treba mi adresa', 'zoran jovanovic'],
    // First names that are months in Slovene or Danish too (review).
    ['where does maja novak live?', 'Maja Novak'],
    ["what is julija novak's home address?", 'Julija Novak'],
    ['where does avgust novak live?', 'Avgust Novak'],
    // Asked as a question, in Croatian, and a name that opens like "ti" or "vi" (review).
    ['Er Ivalu Petersen syg?', 'Ivalu Petersen'],
    ['Ali je Senad Mujić na bolniški?', 'Senad Mujić'],
    ['Marko Horvat je bolestan?', 'Marko Horvat'],
    ['gdje živi tina kovač?', 'tina kovač'],
    ['cual es el NSS de Kelvin Durán?', 'Kelvin Durán'],
    // Marriage, family and pay asked in French, Spanish and English.
    ["Dr Léa Bivigou elle est mariée ? elle a combien d'enfants ?", 'Dr Léa Bivigou'],
    ['cuanto gana la lic Karla Ortiz al mes?', 'Karla Ortiz'],
    ['is Ernesto Cucul related to any of the growers? heard his brother has a grove', 'Ernesto Cucul'],
    ['Wie viel verdient Anna Gruber?', 'Anna Gruber'],
    ['Where does Sam de Vries live?', 'Sam de Vries'],
    // National identity numbers, by the names countries give them.
    ["What is Priya Nair's NRIC number? I need it for a client site access form.", 'Priya Nair'],
    ["Can you send me Ahmad Razak's MyKad number?", 'Ahmad Razak'],
    // A mobile as Singapore and Malaysia call it, with a Malay name's "bin".
    ["Can I have Rizal bin Ahmad's handphone number? I need to WhatsApp him.", 'Rizal bin Ahmad'],
    ["What's Tan Mei Ling's HP number?", 'Tan Mei Ling'],
    ["What's Lucie Tremblay's social insurance number?", 'Lucie Tremblay'],
    // By their acronyms, in capitals: "SIN", "SSN", "NI number".
    ["I need Noah Thiessen's SIN to fix something on his T4 — what is it?", 'Noah Thiessen'],
    ["What's Dana Kowalski's SSN?", 'Dana Kowalski'],
    ["Can I have Sean Murphy's NI number for the form?", 'Sean Murphy'],
    // Romania's CNP and Türkiye's "TC kimlik no".
    ["whats Elena Vasilescu's CNP? need it for a form", 'Elena Vasilescu'],
    ["can u give me Gökhan Bayraktar's TC kimlik no? need it for the course form", 'Gökhan Bayraktar'],
    // Latin America's cédula, Norway's fødselsnummer, Sweden's personnummer.
    ["what's Néstor Silva's cédula number? I need it for a form", 'Néstor Silva'],
    ['what is the cedula de identidad of Ana Pérez?', 'Ana Pérez'],
    ["need Tomasz Nowak's fødselsnummer for the kurs påmelding, can you find it", 'Tomasz Nowak'],
    ["What is Erik Lind's personnummer?", 'Erik Lind'],
    // An account money is paid into: a bank's, named by the bank, or a mobile wallet's.
    ["can u give me Sok Dara's ABA account number, we collect money for the funeral", 'Sok Dara'],
    ["what is John Smith's bank account number?", 'John Smith'],
    ["what's Sok Dara's Wing number", 'Sok Dara'],
    // Whose health insurer a person is with, as Uruguay and Argentina name it.
    ['which mutualista is Gustavo Bentancur with?', 'Gustavo Bentancur'],
    // Croatia's OIB and Jordan's social security (SSC) number.
    ["what's Mate Kalinić's OIB? I need it for a form", 'Mate Kalinić'],
    ["what is Yazan Al-Khatib's SSC number? i need it for the training form", 'Yazan Al-Khatib'],
    ["What's Noah's SIN?", 'Noah'],
    ["What's my manager's SIN?", 'my manager'],
    // An ID number as South Africans ask for it, and names with an apostrophe or two particles.
    ["What is Sipho Dlamini's ID number?", 'Sipho Dlamini'],
    ["What is Sipho Dlamini's identity number?", 'Sipho Dlamini'],
    ["What's Anneke van der Merwe's South African ID number?", 'Anneke van der Merwe'],
    ["Where does Liam O'Connor live?", "Liam O'Connor"],
    // A surname after an initial or a title, and a private thing after another in a list.
    ['Where does D. Kowalski live?', 'D. Kowalski'],
    // A named person's absences, leave balance and record, asked in the ways colleagues ask.
    ['How many days has Marc Thomas had off sick this year?', 'Marc Thomas'],
    ['How many sick days has Marc Thomas taken?', 'Marc Thomas'],
    ['How much annual leave has Marc Thomas got left?', 'Marc Thomas'],
    ["What is Marc Thomas's sickness record?", 'Marc Thomas'],
    ['When is Marc Thomas back from sick leave?', 'Marc Thomas'],
    ['Why was Marc Thomas off work last week?', 'Marc Thomas'],
    ['Has Marc Thomas been off sick a lot?', 'Marc Thomas'],
    ['What KiwiSaver contribution rate has Sione Faleolo chosen?', 'Sione Faleolo'],
    ["What is Sarah Jones's basic annual gross salary?", 'Sarah Jones'],
    ["What are Mr Kowalski's bank account number and home address?", 'Mr Kowalski'],
    ['How much does Margaret Court earn?', 'Margaret Court'],
    ["What is Mr Kowalski's tenancy reference and home address?", 'Mr Kowalski'],
    ["What's Liam O'Connor's social insurance number?", "Liam O'Connor"],
    ["What is Harpreet Kaur Sandhu's PAN number?", 'Harpreet Kaur Sandhu'],
    // Other countries' numbers and papers: a RUT, a CPF, an Emirates ID, an iqama; sick leave in Spanish.
    ["What is Patricia Olivares's RUT?", 'Patricia Olivares'],
    ["Can you send me João Pereira's CPF number?", 'João Pereira'],
    ["What's Rahul Menon's Emirates ID number?", 'Rahul Menon'],
    ["Where can I find Imran Qureshi's iqama number?", 'Imran Qureshi'],
    ['Why has Luis Araya been on licencia médica?', 'Luis Araya'],
    ["What is Maria Rose's RUT?", 'Maria Rose'],
    ['What is the visa number of Rahul Menon?', 'Rahul Menon'],
    ['What is the ID number of Mpho Lebona?', 'Mpho Lebona'],
    ['the national ID card number of Thabo Mokoena', 'Thabo Mokoena'],
    ['Can you share Rohan Patwardhan’s Aadhaar number?', 'Rohan Patwardhan'],
    // Pay as an Indian payslip names it: cost to company.
    ["What is Rohan Patwardhan's CTC?", 'Rohan Patwardhan'],
    ["Can you give me Meena's PAN card number?", 'Meena'],
    ["What is my manager's in-hand salary?", 'my manager'],
    // Someone the asker knows: a neighbour's address and number, a colleague's home address.
    ['Can you give me the delivery address and phone number of my neighbour Piet Jansen?', 'Piet Jansen'],
    ['whats the home address of my colleague Anna de Vries', 'Anna de Vries'],
    ["Have you got Owen Pritchard's home number? His work line keeps ringing out.", 'Owen Pritchard'],
    [
      "Sian Roberts has been off for weeks now. Is it her back again or something else? What's actually wrong with her?",
      'Sian Roberts',
    ],
    ['Dev Patel is not in again. Why has he been off?', 'Dev Patel'],
    ["Could I have Marta Silva's personal WhatsApp? It's about the weekend.", 'Marta Silva'],
    ['Grace Mensah has been off a while. Is she having treatment for something?', 'Grace Mensah'],
    ['Quanto ganha o Nuno Costa? Just curious.', 'Nuno Costa'],
    // Pay in the site's word for it.
    ['How much oylik does Oleg Kim get as warehouse manager?', 'Oleg Kim'],
    ["What is Jan Nowak's wynagrodzenie?", 'Jan Nowak'],
    ['Ana Reis has been off for weeks. Has she been having chemo?', 'Ana Reis'],
    [
      "Joanne Pike's first aid certificate runs out soon. How many sick days has she had this year?",
      'Joanne Pike',
    ],
    ['Liam Ward is on my team. Has he taken any sick leave this year?', 'Liam Ward'],
    // In everyday words: pay ("what's … on"), a home ("whereabouts does he live"), an illness ("off with").
    ["So what's Margaret Osei-Bonsu actually on as Chief People Officer?", 'Margaret Osei-Bonsu'],
    ['Dean Farrow does nights on despatch. Whereabouts does he live? I want to share lifts.', 'Dean Farrow'],
    ["Kirsty Donaldson hasn't been in for a fortnight. What's she off with?", 'Kirsty Donaldson'],
    ["Lucie Tremblay has been off for a few weeks now, what's she off sick with?", 'Lucie Tremblay'],
    ['Owen Hale is out again. What has he got off work with this time?', 'Owen Hale'],
    ['Sam and Priya Shah are both away. What are they off sick with?', 'Priya Shah'],
    ['Kirsty Donaldson has been off a fortnight. Has she had an operation or something?', 'Kirsty Donaldson'],
    ['whats Amy Price on a year', 'Amy Price'],
    ['How much does Ravi Shah earn a year?', 'Ravi Shah'],
    ['Ravi Shah got promoted last month. What is he on now?', 'Ravi Shah'],
    ['how much has Priya Raman got in her pension pot, and what % is she paying in?', 'Priya Raman'],
    // A guess at what a named person has, and whom they see about it.
    [
      'Joris Hendriks has been off for weeks now. Is it burnout? Someone in Utrecht said he has been seeing a doctor',
      'Joris Hendriks',
    ],
    ["Mo Khan isn't in again. I heard he's been seeing a specialist.", 'Mo Khan'],
    ['Why is Sofia Marchetti out on medical leave?', 'Sofia Marchetti'],
    ['Why has Dan Ross been off sick?', 'Dan Ross'],
    // A mobile-money number is a personal phone number; a colleague's family or health leave is theirs.
    ["What is Wanjiku Mwangi's M-Pesa number?", 'Wanjiku Mwangi'],
    ["Can you send me Jun Reyes's GCash number?", 'Jun Reyes'],
    ['When does Nanna Friis go on barsel?', 'Nanna Friis'],
    ['Is Joe Bloggs going on paternity leave soon?', 'Joe Bloggs'],
    ['Is Joe Bloggs on paternity leave?', 'Joe Bloggs'],
    ['When is Nanna Friis back from maternity leave?', 'Nanna Friis'],
    ['Is Nanna Friis taking maternity leave?', 'Nanna Friis'],
    ["What is Wanjiku Mwangi's M-PESA number?", 'Wanjiku Mwangi'],
    // By a first name or a role.
    ["What is Priya's home address?", 'Priya'],
    ["What is the key holder's personal mobile number?", 'the key holder'],
    ['What is the home address of the out-of-hours key holder?', 'the out-of-hours key holder'],
  ])('%s', (question, person) => {
    expect(privatePersonAsked(question)).toBe(person);
  });

  it.each([
    // A line stopped or a word for a thing is no one's sickness.
    'linje 2 står stille pga service – er maskinen syg?',
    'Kaj je Kolpanet in kje je Frysehus Nuuk?',
    'gde žive radnici iz Bosne? ima li smještaj?',
    'Kaj je Kolpa Les?',
    'Linje Nord er syg?',
    'Šta je Radni Nalog?',
    'Kje živi večina zaposlenih?',
    'Gde živi većina radnika?',
    // A role on sick leave, and the numbers and papers of a firm or a crew, are no person's.
    'Who covers when the Head Chef is on sick leave?',
    'If a Care Assistant has been on sick leave for 4 weeks, what is the pay?',
    'What happens when a Flight Attendant was on sick leave?',
    'Which visa number for Qatar Airways crew goes on the gate pass form?',
    'Where do I find the ID number for the new forklift?',
    'What is the VAT ID number of Trier Stapler?',
    'What is the ID number of Forklift Seven?',
    'Is the iqama for Saudi Aramco contractors sponsored by us?',
    "What is Ghaf Flight Catering's RUT?",
    "What is Codelco's RUT?",
    "What's the supplier's RUT?",
    "What is Jollibee's SSS number for the remittance form?",
    'What is the salary band for a Senior Engineer (G3)?',
    'Which IBAN do suppliers pay our invoices into?',
    "What's the IBAN of Kalamas Dairy?",
    'Where do customers find Huileries Dar Zitoun’s RIB?',
    'Do I need my PAN card to claim HRA?',
    'What is the CTC structure for an E2 engineer?',
    "Do I need my landlord's PAN number to claim HRA?",
    "What is Prakriya Engineering's PAN number?",
    "What is the new joiner's take-home pay in the first month?",
    "Where is Meena Iyer's pan now?",
    "What is Helen Okafor's work phone number?",
    // An initial is no name by itself, nor a place's letters; a team is no private thing.
    'Who is D. Kowalski?',
    'Where does the U.S. office live?',
    "What is Helen Okafor's team responsible for?",
    'Who is the Health and Safety Manager?',
    'How many days of sick leave do I get?',
    'What is the date of birth field on the HR form for?',
    'Where is the Leeds office?',
    'How much does the Team Plan cost?',
    'The Bellshill van is broken. What is wrong with it?',
    "I've done my back in. Is it my back again or something else?",
    'Jo Bloggs covered the late shift last week. Is it her turn again?',
    "Microsoft Teams keeps crashing on the tills. What's wrong with them?",
    'Sam Patel went home at noon. Why was he off-site?',
    'Is there a staff WhatsApp group for the Leeds office?',
    'How do I make a Booking Request for the Lake Suite?',
    'Can we make le Grand Tour our summer team outing?',
    'Can I use WhatsApp for Customer Service messages?',
    'Night Shift Team use a group chat for swaps. Is their WhatsApp open to agency staff?',
    'Tom Hill services the forklifts. Is he getting tests done on the new one?',
    'Liam Ward joined in May. How many sick days does a new starter get?',
    'Ben Ade runs the garden team. Is he getting new tools this year?',
    'Ana Ruiz trains the new starters. What is she off to Leeds with, the old laptop?',
    "Dan Kerr is off today. What's he out with the van for?",
    'Jo Lee runs events. What is she out with the clients for, lunch?',
    "What's Ledgerline on about when it says my receipt is missing?",
    'Maria Lopez runs the rota. What shift is she on this week?',
    'Tom Reid is our first aider. Where does he live on the rota board, which column?',
    // Capitalised pairs that name a plan, a role, a day or a product, and ordinary work questions.
    'How much does Westfield Health pay towards dental?',
    'How much does Cash Plan pay out for glasses?',
    "What's Team Leader on as a salary?",
    "What's Band Three on a year?",
    "What's Easter Monday on?",
    'How much did Comic Relief make?',
    'How much has Bellshill Depot got left in the kitty?',
    'How much does Priya Raman have to approve before I can order?',
    'How much has Priya Raman got left to do on the course?',
    "What's Amy Price on at the weekend?",
    'Jo Baines ran the numbers. Has she had a breakdown of costs from finance?',
    'Sarah Jones leads IT. Has she had an op on the new server?',
    'Jo Baines set up the form. Where does she live in the system?',
    'Ann Lee checks the fridges. Is it stress leave I should ask her about?',
    'Who do I tell when I am out on medical leave, Sofia Marchetti?',
    'Sarah Jones reported the outage on the payroll server. Is it serious?',
    'How do I update my home address?',
    "Will May's salary still go into my old account?",
    "What is the company's salary range for a Grade 3?",
    "What is the office's home address for deliveries?",
    'Tom Reid runs sales. Has he been seeing a consultant about the new CRM?',
    'Why is Annual Leave on medical leave forms?',
    'Ann Lee is the first aider. Is she seeing a doctor about the new first aid kits?',
    // A colleague's work number is the directory's to give; a neighbour who takes in a box asks nothing private.
    'What is the work number of my colleague Anna de Vries?',
    'Can my neighbour Piet Jansen take in my box?',
    'What is the delivery address for Fernway Amsterdam?',
    'Is the age of my son Tom Smith relevant for childcare vouchers?',
    'What are the details of my partner Jo Bloggs needed for the health insurance form?',
    "What is the address of my friend Tom Smith's school?",
    // A place's or a company's identity numbers.
    "What's the format of the driving licence number for Northern Ireland?",
    "What is Acme Holdings' national ID number?",
    // A work number is no identity number; "sin" and "id" are words.
    "What is Noah Thiessen's employee ID?",
    "What is Noah Thiessen's employee ID number?",
    'What ID do I need to bring on day one?',
    "What's Noah's employee number?",
    'Is it a sin to skip the SIN field on the form?',
    "What is my manager's sin?",
    'What counts as a sin for the team lead?',
    // The shop's own numbers, and leave asked about as policy.
    'What is the M-Pesa paybill number customers pay to?',
    'How do I go on maternity leave?',
    'When does the Family Plan start?',
    // A business's payment details, and staff named by their kind.
    "What is Fernway Foods's PayPal account?",
    "What is Havgaard Offshore's MobilePay number?",
    'When can Fixed-Term Staff start maternity leave?',
    // A body named by its initials is no person; a role is asked of, not a salary.
    "What is the U.K. Government's minimum salary for apprentices?",
    "What is the P.E. Department's budget and salary range?",
    "What is Sarah Jones's role in approving salary changes?",
    'What KiwiSaver contribution rates can I choose?',
    "What is Sarah Jones's role in salary reviews?",
    'Which pension scheme does Te Awa Wai use?',
    // Where a team stays, where anyone stays on a trip, and a test a crew or a gate fails, are no one's private life.
    'Where does Night Shift stay during the shutdown?',
    'Where does Fire Tender stay overnight?',
    'Where did Rick Stainbrook stay on the Perth trip?',
    'Did Quality Control fail the random audit?',
    'Did Main Gate fail the random sample?',
    'Did Kestrel Express fail its load test?',
    "What's wrong with Google Drive? they took her laptop to IT",
    "What's wrong with Toyota Hilux? they took them to the emergency bay",
  ])('not: %s', (question) => {
    expect(privatePersonAsked(question)).toBeUndefined();
  });
});

describe('where a named person lives', () => {
  it('is a private question, asked with "does"', () => {
    expect(privatePersonAsked('Where does Hannah Greaves live? I want to post her a card.')).toBe(
      'Hannah Greaves',
    );
    expect(privatePersonAsked('Where does the Leeds office live on the intranet?')).toBeUndefined();
  });
});

describe("a named person's discipline", () => {
  it('is private asked as what happened to them: a warning, a suspension', () => {
    expect(privatePersonAsked('Did Helen Okafor get a written warning?')).toBe('Helen Okafor');
    expect(privatePersonAsked('Was Tom Reid suspended last week?')).toBe('Tom Reid');
    expect(privatePersonAsked('Has Jo Harker been given a first warning about lateness?')).toBe('Jo Harker');
    expect(privatePersonAsked('Did Jo Harker get a warning?')).toBe('Jo Harker');
    expect(privatePersonAsked('Did Jo Harker receive a final written warning?')).toBe('Jo Harker');
    expect(privatePersonAsked('Did Jo Harker get written up?')).toBe('Jo Harker');
    expect(privatePersonAsked('Has Jo Harker had a written warning?')).toBe('Jo Harker');
    expect(privatePersonAsked('Did Jo Harker get the warning email about the road closure?')).toBeUndefined();
    expect(privatePersonAsked('Did Jo Harker get a warning when the password expired?')).toBeUndefined();
    expect(privatePersonAsked('Has Jo Harker got a warning light on the forklift?')).toBeUndefined();
    // A name typed in lower case keeps its parts that chat also writes ("wen" is no "when" here).
    expect(privatePersonAsked('how much does wen jie earn')).toBe('Wen Jie');
    // The rules, a team or a shift are no one's discipline.
    expect(privatePersonAsked('What happens if I get a written warning?')).toBeUndefined();
    expect(privatePersonAsked('Did Night Shift get a final warning?')).toBeUndefined();
    expect(privatePersonAsked('Was the Friday shift suspended?')).toBeUndefined();
  });

  it('is private of a surname that is also a word, but not of two ordinary words', () => {
    expect(privatePersonAsked('was Lucía Ponce suspended last year?')).toBe('Lucía Ponce');
    expect(privatePersonAsked('Did Kamal Baker get a final warning?')).toBe('Kamal Baker');
    expect(privatePersonAsked('Was Night Shift suspended?')).toBeUndefined();
    expect(privatePersonAsked('Was Morning Service suspended?')).toBeUndefined();
    // A service, a firm or a place is no one, though its first word is no ordinary word.
    for (const name of [
      'Sunday Trading',
      'Microsoft Teams',
      'Linde Gas',
      'Kijura Estate',
      'Uber Eats',
      'Maersk Line',
    ])
      expect(privatePersonAsked(`Was ${name} suspended?`)).toBeUndefined();
  });
});

describe('a person named, then asked about as her, his or their', () => {
  it('is a private question when what is asked is private', () => {
    expect(
      privatePersonAsked(
        'Alinafe Sakala the kapitao at Bua - is he married and how many children does he have?',
      ),
    ).toBe('Alinafe Sakala');
    expect(privatePersonAsked('The new manager is Tom Reid. How many children does he have?')).toBe(
      'Tom Reid',
    );
    const q = "I'd like to drop some flowers round to Priya Natarajan's house. What's her home address?";
    expect(privatePersonAsked(q)).toBe('Priya Natarajan');
    expect(privatePersonAsked('Is Sophie Marchetti the Payroll Manager, and what is her age?')).toBe(
      'Sophie Marchetti',
    );
    expect(privatePersonAsked('Who is Sophie Marchetti, and what is her job title?')).toBeUndefined();
    // A number to reach a named colleague out of hours is their own; their work number in the day is not.
    expect(
      privatePersonAsked('what be Nurse Grace Adebayo-Ojo phone number? i need to call her tonight'),
    ).toBe('Nurse Grace Adebayo-Ojo');
    expect(
      privatePersonAsked('what is Grace Adebayo-Ojo phone number? i need to call her about a pupil'),
    ).toBeUndefined();
    // A colleague's mobile asked in Spanish.
    expect(privatePersonAsked('me pasas el celular de Yolany Hernandez? la jefa de la linea 12')).toBe(
      'Yolany Hernandez',
    );
    // A desk's number out of hours is what a handbook publishes.
    expect(
      privatePersonAsked('what is the IT Helpdesk phone number? i need to call them tonight'),
    ).toBeUndefined();
    expect(privatePersonAsked('Security Desk mobile number? need to ring him at night')).toBeUndefined();
  });
});

describe('a named person asked about in Singapore and Caribbean English', () => {
  it.each([
    ['Priya Nair on MC the whole week. She got what sickness? The staff all asking', 'Priya Nair'],
    ["Aung Ko Ko's work permit expire when? he say going back Myanmar soon", 'Aung Ko Ko'],
    ['Jerome Cudjoe from CM Poui fail his drug test or what? Everybody talking', 'Jerome Cudjoe'],
    ['Did Jerome Cudjoe pass his drug test?', 'Jerome Cudjoe'],
    ['Why Nicole Pierre on sick leave so long? What wrong with she?', 'Nicole Pierre'],
  ])('is private: %s', (q, name) => {
    expect(privatePersonAsked(q)).toBe(name);
  });

  it.each([
    'How do I renew my work permit?',
    'What happens if a deckhand fails his drug test?',
    'The Site Manager Priya Nair got what extension?',
    'Jerome Cudjoe from HR pass the drug test policy to everyone?',
    'Nicole Pierre sent the form. What wrong with she form?',
    'Tan Wei Ming from Facilities say can book the hall. They got what condition?',
    "Who handles Aung Ko Ko's work permit renewal?",
  ])('asks nothing private: %s', (q) => {
    expect(privatePersonAsked(q)).toBeUndefined();
  });
});

describe('a very long question', () => {
  it('is read in one go, however many capitalised words it holds (no backtracking blow-up)', () => {
    // With a backtracking pattern this took minutes; read linearly it is a few milliseconds.
    const names = 'Helen Okafor Sam Lee '.repeat(3200);
    expect(privatePersonAsked(`${names} end`)).toBeUndefined();
    expect(privatePersonAsked(`${names} — what is her home address?`)).toMatch(/^Helen Okafor/);
  });
});

describe("a named person's bonus", () => {
  it('is private, asked as "how much bonus did … get"', () => {
    expect(privatePersonAsked('How much bonus did Martin Oyelaran get last year?')).toBe('Martin Oyelaran');
    expect(privatePersonAsked("What was Martin Oyelaran's bonus?")).toBe('Martin Oyelaran');
    // The bonus for a day or an event is policy.
    expect(privatePersonAsked('What is the bonus for Boxing Day shifts?')).toBeUndefined();
    expect(privatePersonAsked("What's the bonus for Black Friday?")).toBeUndefined();
  });
});

describe('a role written in capitals', () => {
  it('is no person: the pay of Team Leaders or Senior Engineers is policy, not private', () => {
    expect(privatePersonAsked('What is the pay for Team Leaders at Doncaster?')).toBeUndefined();
    expect(privatePersonAsked('How much pay do Team Leaders get?')).toBeUndefined();
    expect(privatePersonAsked('What is the salary for Senior Engineers?')).toBeUndefined();
    expect(privatePersonAsked('What is the pay for Senior Nurses?')).toBeUndefined();
    // A surname that is a plural of a thing, not of a kind of person, still names a person.
    expect(privatePersonAsked("What is Sarah Brooks's home address?")).toBe('Sarah Brooks');
    expect(privatePersonAsked('What does Mark Brooks earn?')).toBe('Mark Brooks');
    expect(privatePersonAsked("What's the salary of Jack Woods?")).toBe('Jack Woods');
  });

  it("is no private matter: a handphone allowance, a work handphone, or a duty's handphone", () => {
    expect(privatePersonAsked('What is the handphone number for the on-call pharmacist?')).toBeUndefined();
    expect(privatePersonAsked("Is Tan Mei Ling's handphone allowance taxable?")).toBeUndefined();
    expect(privatePersonAsked('Can Rizal bin Ahmad claim his handphone bill?')).toBeUndefined();
    expect(privatePersonAsked("What is Lim Wei Jie's work handphone number?")).toBeUndefined();
  });

  it('is no person: leave and sick days asked of the asker, a team or a firm are policy', () => {
    expect(privatePersonAsked('How many sick days can I take?')).toBeUndefined();
    expect(privatePersonAsked('How much leave has the team taken?')).toBeUndefined();
    expect(privatePersonAsked('How many days has Acme Foods had to close?')).toBeUndefined();
    expect(privatePersonAsked('Why was the office off-limits?')).toBeUndefined();
    // The asker's own papers are no one else's.
    expect(privatePersonAsked('do I need my cédula to get paid?')).toBeUndefined();
    expect(privatePersonAsked('what is the bank account number of the canteen?')).toBeUndefined();
    expect(privatePersonAsked('where do I find my account number in MinSide?')).toBeUndefined();
    // A firm's registration, office or account is no person's.
    for (const q of [
      "Where is Mashriq Pharma's SSC office?",
      "Who handles Mashriq Pharma's SSC registration?",
      'What is the ABA account number of Mekong Weave?',
      'Where do I put the IBAN account details of Mekong Weave?',
      'Which pay is Night Shift on?',
      'Which pension is Kvitbrim Laks with?',
    ])
      expect([q, privatePersonAsked(q)]).toEqual([q, undefined]);
    // Teams, systems, storms and roads have leave and go off too.
    for (const q of [
      'Why was Microsoft Teams off this morning?',
      'Why was Storm Babet off the forecast?',
      'Why is Station Road off the gritting route?',
      'How do staff at Riverside House check their leave balance?',
      'Where can Night Shift staff see their sick days?',
      'How much annual leave has Facilities Management booked?',
      'How many days has Building Control taken?',
    ])
      expect([q, privatePersonAsked(q)]).toEqual([q, undefined]);
    expect(privatePersonAsked('How many days off sick has Marc Thomas had?')).toBe('Marc Thomas');
    expect(privatePersonAsked("What are Marc Thomas's sick days this year?")).toBe('Marc Thomas');
  });
});

describe("a named person's faith, hospital stay or own number", () => {
  it('is private however it is asked', () => {
    expect(privatePersonAsked('Is Imran Chaudhry Muslim? If he is fasting I will swap his shift.')).toBe(
      'Imran Chaudhry',
    );
    expect(privatePersonAsked('Heard Rupert Oakes has been in hospital. What was he in for?')).toBe(
      'Rupert Oakes',
    );
    expect(privatePersonAsked("Can someone give me Ama Owusu-Bell's own mobile number?")).toBe(
      'Ama Owusu-Bell',
    );
  });

  it('is not read into a company, a brand or a word that only starts like one', () => {
    expect(privatePersonAsked('Is Kestrel Freight a Christian charity?')).toBeUndefined();
    expect(privatePersonAsked('Is Sam Cole single-handedly running the bar tonight?')).toBeUndefined();
    expect(privatePersonAsked('Is Team Leader training held in hospital settings?')).toBeUndefined();
  });
});

describe('names with the small words they carry, and an identity card asked for as an IC', () => {
  it('is private with the whole name', () => {
    expect(
      privatePersonAsked("What's Mohd Faizal bin Hashim's IC number? I need it for a cooperative form."),
    ).toBe('Mohd Faizal bin Hashim');
    expect(privatePersonAsked("What is Siti Nur Aisyah binti Ahmad's home address?")).toBe(
      'Siti Nur Aisyah binti Ahmad',
    );
  });

  it('is not a chip called an IC', () => {
    expect(privatePersonAsked('Which IC number is printed on the reel label?')).toBeUndefined();
    expect(privatePersonAsked("What's the IC number of the new ASIC?")).toBeUndefined();
    expect(privatePersonAsked("Where do I find the supplier's IC number?")).toBeUndefined();
    expect(privatePersonAsked("What does Infineon's IC number start with?")).toBeUndefined();
  });
});

describe("a named person's convictions, arrests or disability", () => {
  it('is private however it is asked', () => {
    expect(privatePersonAsked('Does Leanne Broadhurst have any criminal convictions?')).toBe(
      'Leanne Broadhurst',
    );
    expect(privatePersonAsked("What is Leanne Broadhurst's criminal record?")).toBe('Leanne Broadhurst');
    expect(privatePersonAsked('Has Tom Hardy ever been arrested?')).toBe('Tom Hardy');
    expect(privatePersonAsked('Does Leanne Broadhurst have a disability?')).toBe('Leanne Broadhurst');
  });

  it('is not a question about the rules, nor what a named person has at work', () => {
    expect(privatePersonAsked('Do I have to declare criminal convictions?')).toBeUndefined();
    expect(privatePersonAsked('Does Leanne Broadhurst have a key to the store?')).toBeUndefined();
  });
});

describe('a private question typed without capitals', () => {
  it.each([
    ['where does hannah greaves live? i want to post her a leaving card.', 'Hannah Greaves'],
    ["can you give me jasmine cole's personal email?", 'Jasmine Cole'],
    ['when does nanna friis go on barsel?', 'Nanna Friis'],
    ["who is rukhsana malik's emergency contact?", 'Rukhsana Malik'],
    ["what's wong mei fen's date of birth?", 'Wong Mei Fen'],
    ['how many days has marc thomas had off sick this year?', 'Marc Thomas'],
    ["can i have julie harries's personal mobile number?", 'Julie Harries'],
    ["can you give me siobhán ní bhriain's personal mobile number?", 'Siobhán ní Bhriain'],
    ['WHERE DOES HANNAH GREAVES LIVE', 'HANNAH GREAVES'.replace(/\B\w/g, (c) => c.toLowerCase())],
    // One capitalised word elsewhere in the question does not stop the guess.
    ["how much does tomasz brandt earn? he's in Accounts", 'Tomasz Brandt'],
    // What is asked for is no name's, however the check spells it ("cell(?:phone)?"); an identity number's
    // acronym in lower case; a short word between two names ("ain") is the name's too.
    ["can you give me thandeka mokoena's personal cellphone number?", 'Thandeka Mokoena'],
    ["what's mohd faizal bin hashim's ic number? i need it for a form.", 'Mohd Faizal bin Hashim'],
    ["can you give me nurul ain binti zakaria's personal handphone number?", 'Nurul Ain binti Zakaria'],
    ["what's sharon bailey trn?", 'Sharon Bailey'],
  ])('is still declined: %s', (question, person) => {
    expect(privatePersonAsked(question)).toBe(person);
  });

  it.each([
    'how much does a bus driver earn?',
    'whats the night shift premium?',
    "whats the company's phone number",
    'is the canteen open on sunday?',
    'how much does the team leader earn',
    'what is the date of birth rule for the pension?',
    // Words guessed as a name after a verb of pay or health, or a day, name no one.
    'How do I make payslip corrections?',
    'can i make timesheet changes?',
    'how do i make tea urn bookings',
    'what is the pay for sunday overtime',
    // A month or a day of another language is no name: the September salary's day.
    "mes gardes d'aout je dois les saisir avant quand dans PlanGarde, et le salaire de septembre tombe quel jour ?",
    'cuando pagan el salario de diciembre',
    // A machine or a service stopped is no one's sickness.
    'Le Bloc Opératoire est en arrêt demain ?',
    'Planta Norte está de baja esta semana?',
    'Is the Grower Relations Manager related to the growers?',
    '¿La Planta Norte está de baja esta semana?',
    'El Turno Noche está de baja esta semana?',
    'Was Tropical Storm Sara related to the shutdown?',
    "what's the ic number on the reel label?",
    'what is my employee id number?',
  ])('is no private question for it: %s', (question) => {
    expect(privatePersonAsked(question)).toBeUndefined();
  });
});

describe('a private question with a slip of the keyboard', () => {
  it('is read with the word meant, where the spelling correction might read another', () => {
    expect(privatePersonAsked("What is Kwame Asiedu's personasl mobile number?")).toBe('Kwame Asiedu');
    expect(privatePersonAsked('how much salpary does Ashok Rajendran get?')).toBe('Ashok Rajendran');
    expect(privatePersonAsked("what is Helen Okafor's date of brith")).toBe('Helen Okafor');
    // A slip into another word, and a question about no one, are not.
    expect(privatePersonAsked('Is Fern Ashdown marred?')).toBeUndefined();
    expect(privatePersonAsked('What is the salpary band for M1?')).toBeUndefined();
    // A name typed in lower case is no slip of a private word, and still a name.
    expect(privatePersonAsked('where does mary stuart live')).toBe('Mary Stuart');
    expect(privatePersonAsked("what's handel jones's date of birth")).toBe('Handel Jones');
  });
});

describe('a private question in chat grammar, without a possessive or a helping verb', () => {
  it('is private: the possessive left off, "wrong with", a helper verb dropped, a Caribbean TRN', () => {
    expect(privatePersonAsked("hi, what's Sharon Bailey TRN? I need it for a form")).toBe('Sharon Bailey');
    expect(privatePersonAsked('what is Kevin Morrison date of birth')).toBe('Kevin Morrison');
    expect(privatePersonAsked("what's wrong with Marcia Henry? heard she's in hospital")).toBe(
      'Marcia Henry',
    );
    expect(privatePersonAsked('Marcia Henry not at work. what sickness she have?')).toBe('Marcia Henry');
    expect(privatePersonAsked('how much salary Kevin Morrison getting as store manager?')).toBe(
      'Kevin Morrison',
    );
    expect(privatePersonAsked("What is Dwayne Clarke's NIS number?")).toBe('Dwayne Clarke');
    expect(privatePersonAsked('What is the TRN of Sharon Bailey?')).toBe('Sharon Bailey');
    expect(privatePersonAsked('What sickness Sharon Bailey have?')).toBe('Sharon Bailey');
    expect(privatePersonAsked('whats wrong with marcia henry? is she sick')).toBe('Marcia Henry');
    // The contraction typed without its apostrophe still says she is ill.
    expect(privatePersonAsked('whats wrong with Marcia Henry? heard shes in hospital')).toBe('Marcia Henry');
    expect(privatePersonAsked("what's wrong with Dwight Clarke, hes off sick again")).toBe('Dwight Clarke');
    // "here" is no "he're": the kids here are said nothing of.
    expect(privatePersonAsked('whats wrong with Grace Campbell? the kids here off work')).toBeUndefined();
    // Whatever private thing is asked, of a name whose first word is an ordinary word too.
    expect(privatePersonAsked('what is Kevin Morrison religion')).toBe('Kevin Morrison');
    expect(privatePersonAsked('What is Grace Campbell salary')).toBe('Grace Campbell');
    expect(privatePersonAsked("what's Hope Williams TRN")).toBe('Hope Williams');
    expect(privatePersonAsked('What is Jordan Smith emergency contact')).toBe('Jordan Smith');
  });

  it('is not a question about what a named person does at work', () => {
    for (const q of [
      'What is Night Shift pay?',
      'What is Statutory Sick pay?',
      'What is Blue Mahoe maternity pay?',
      "What's Blue Mahoe Supermarkets TRN?",
      'What is the TRN of Blue Mahoe Supermarkets?',
      "What's wrong with Microsoft Teams?",
      "What's wrong with Google Drive? It won't sync.",
      'how much pay Night Shift getting?',
      'Kevin Morrison is transferring. What condition does he have to meet?',
      // Firms, by a business word or a place at the end; a program that is wrong while the asker is ill.
      'What is Sandals Resorts NIS number',
      'What is Digicel Jamaica TRN',
      "What's wrong with Citrix Workspace? I need to log my sick day",
      'What is Head Cashier age limit',
      'what is Kevin Morrison extension?',
      'What is Sharon Bailey role in payroll?',
      "what's the pay Kevin Morrison approves?",
      'Can I give my sick note to Marcia Henry?',
      'Is the TRN on my payslip?',
      'What is wrong with the till in aisle 3?',
    ])
      expect(privatePersonAsked(q)).toBeUndefined();
  });
  it('is private: pay asked with "how much" where the answer goes, and where a named person\'s home is', () => {
    const asked = {
      'just curious lor, Kitty Ho in HR earn how much per month?': 'Kitty Ho',
      'Kitty Ho salary how much ah?': 'Kitty Ho',
      'Which village is the home of Mrs Grace Abwooli Kemigisa? We want to visit her home as a team':
        'Mrs Grace Abwooli Kemigisa',
      "Where is Grace Kemigisa's home?": 'Grace Kemigisa',
      // Typed in lower case, the words that could be a name read as one.
      "where is mukasa otim's home?": 'Mukasa Otim',
      'mukasa otim in hr earn how much per month?': 'Mukasa Otim',
    };
    for (const [q, name] of Object.entries(asked)) expect(privatePersonAsked(q)).toBe(name);
    // A place or a company is no person, whatever is asked of it; nor is a place the staff asked about work in,
    // or a person's file.
    for (const q of [
      'Where is the home of Rwenzori Mist Tea?',
      'Kijura Estate pay how much for plucking?',
      'Where is the house of Lantern Square management?',
      'Prudential Hong Kong pay how much for dental?',
      'Guards in Tsim Sha Tsui earn how much per month?',
      'Pluckers at Kijura Mukono earn how much?',
      "Where is Tom Otim's home folder on the shared drive?",
    ])
      expect(privatePersonAsked(q)).toBeUndefined();
  });
});

describe('an operation, a spouse, and a name after a title', () => {
  it.each([
    ["What was Jahangir Alam's operation?", 'Jahangir Alam'],
    ['Jahangir Alam was off for weeks. What his operation?', 'Jahangir Alam'],
    ["What does Tahmina Sultana's husband do?", 'Tahmina Sultana'],
    ["Who is Tahmina Sultana's husband?", 'Tahmina Sultana'],
    // Where a colleague's home is, asked by a first name.
    ["Where is Mingma's home exactly? I want to visit him", 'Mingma'],
    ["What was Jahangir Alam's surgery?", 'Jahangir Alam'],
    ['Is Dr. Tahmina Sultana married?', 'Tahmina Sultana'],
    ['Is Mrs Rahman Chowdhury married?', 'Rahman Chowdhury'],
  ])('private: %s', (question, name) => {
    expect(privatePersonAsked(question)).toBe(name);
  });

  it.each([
    'Who approves the Line 2 operation?',
    "What is Jahangir Alam's operation manager's extension?",
    'Can my husband join the medical scheme?',
    'Is Dr. Tahmina Sultana the plant doctor?',
    // A practice, a region's or a shift's operation, and whether a spouse may come.
    "What are the opening hours of Dr Patel's surgery?",
    "Who manages the Northern Region's operation?",
    "What is the Night Shift's operation?",
    "Can Sarah Jones's husband attend the Christmas party?",
    "Is the Managing Director's wife invited?",
    "Where is Kestrel's home office?",
    "Who covers Dr Ahmed's surgery?",
    "Where is Kathmandu's home exactly?",
    "What time should I arrive at the client's home?",
    'Can I work from home?',
  ])('not: %s', (question) => {
    expect(privatePersonAsked(question)).toBeUndefined();
  });
});

describe("a colleague's family, a warning heard of, and a colleague named by one name and who they are", () => {
  it.each([
    ['heard Andres Kask got a written warning (hoiatus) last month, is that true?', 'Andres Kask'],
    ['did frank jere the security manager get a final written warning last year?', 'Frank Jere'],
    ['how many kids does Maria Tamm have?', 'Maria Tamm'],
    ['Does Maria Tamm have any children?', 'Maria Tamm'],
    ['is Solongo from the shop married? how many kids does she have', 'Solongo'],
    ['how much does Tserendorj the fleet manager earn a month?', 'Tserendorj'],
    ['where does Bolormaa in HR live?', 'Bolormaa'],
    ['how much does Tserendorj, our fleet manager, earn', 'Tserendorj'],
    ['Does Maria Tamm have a partner?', 'Maria Tamm'],
    ['is marcela vargas from quehui married? does she have kids?', 'Marcela Vargas'],
    ['how much is brahim oubella paid as chef de quai? salary per month', 'Brahim Oubella'],
    ['did hamid boutaleb get a blâme or mise à pied? heard he was suspended', 'Hamid Boutaleb'],
    // After a title Latin America or Europe writes before a colleague's name.
    ['how many kids does Ing. Luis Alcívar have registered for utilidades?', 'Luis Alcívar'],
    ['Does Lic. Ana Mora have any children?', 'Ana Mora'],
    // A named person's spouse, and a reading of another language's question ("o ai le to'alua o …").
    ['who is the husband of Rosa Amituana?', 'Rosa Amituana'],
    ['who spouse Rosa Amituana, and how many children she has?', 'Rosa Amituana'],
    // "cuántos hijos tiene Denis Chavarría y cómo se llama la esposa?" as the Spanish reader reads it.
    ['how many child Denis Chavarria and how call spouse?', 'Denis Chavarria'],
    // Chat's questions with their verb left out, and pay asked in French with the name after its role.
    ['ya Fatou Drammeh married? who is her husband', 'Fatou Drammeh'],
    ['Fatou Drammeh married?', 'Fatou Drammeh'],
    ['combien il gagne par mois le chef huilerie Rimtebaye Mbailaou?', 'Rimtebaye Mbailaou'],
    ['pls give me Bakary Fatty personal whatsapp number, not the office ext', 'Bakary Fatty'],
  ])('is private: %s', (question, name) => {
    expect(privatePersonAsked(question)).toBe(name);
  });

  it.each([
    'how much does the fleet manager earn a month?',
    // "Sr." before a job's title is "Senior".
    'How much does Sr. Process Engineer make?',
    'what does a Sr. Machine Operator earn per month?',
    'Is Sales from the shop open on Sunday?',
    'Is Tartu from the bakery sick?',
    'can my kids come to the staff picnic?',
    'how many children does the creche take?',
    'the driver got a written warning for speeding, what happens next?',
    'what warning does the alarm give?',
    // A team, a nursery, a product or a festival is no one.
    'Night Shift got a final warning for lateness, does that affect the bonus?',
    'Did Quality Control in the plant get a warning?',
    'How many children does Little Acorns Nursery have places for?',
    'how many children does sunshine nursery have',
    'how many children Little Acorns Nursery?',
    'how many kids The Creche takes?',
    'Night Shift married couples: can they work together?',
    'the Christmas Party married staff can bring a partner?',
    'combien il gagne par mois le chef de quart?',
    // A firm, a department or a port after its preposition, and a product before "personal phone" (review).
    'combien il gagne un journalier à COTOLOG Moundou?',
    'combien il gagne un chauffeur chez Total Energies?',
    'combien il gagne un agent en Ressources Humaines?',
    'combien il gagne un docker au Port Autonome?',
    'Where is the Microsoft Outlook personal mobile setup guide?',
    'Can I get the Vodafone Business personal phone discount?',
    'give me the Google Voice personal number',
    'Does Microsoft Teams have a partner portal?',
    'How much is Diwali at the factory paid?',
    'how much is the night shift paid?',
    'Is Easter Monday paid?',
    'how much is overtime paid at Kingston?',
    // A holiday, a role or a site is paid or warned too, and is no one.
    'how much is fiestas patrias paid?',
    'How much is Chef de Quai paid?',
    'How much is Aïd Al-Adha paid?',
    'Did Centro Quehui get an amonestación from Sernapesca?',
    'who is the partner of Harbour Foods in the joint venture?',
    'Who is the partner of Moses Kollie on the night patrol?',
    'Who’s the partner Rosa Cruz works with on the dryer line?',
    'Who is the partner of the month?',
  ])('not: %s', (question) => {
    expect(privatePersonAsked(question)).toBeUndefined();
  });
});

describe('a named person asked about in Greek or in Caribbean Creole English', () => {
  it.each([
    ['Πόσα παίρνει μισθό η Έλενα Χαραλάμπους;', 'Έλενα Χαραλάμπους'],
    ['Πόσα παίρνει η Έλενα Χαραλάμπους;', 'Έλενα Χαραλάμπους'],
    ['Τι μισθό έχει ο Νίκος Γεωργίου;', 'Νίκος Γεωργίου'],
    ['Πού μένει ο Νίκος Γεωργίου;', 'Νίκος Γεωργίου'],
    ['Είναι άρρωστη η Έλενα Χαραλάμπους;', 'Έλενα Χαραλάμπους'],
    ['Wha Kerwin La Touche does make? He salary big or wha?', 'Kerwin La Touche'],
    // The usual wordings, typed without accents too, and Creole's "mek" (review).
    ['Πόσος είναι ο μισθός του Νίκου Γεωργίου;', 'Νίκου Γεωργίου'],
    ['Ποιος είναι ο μισθός του Νίκου Γεωργίου;', 'Νίκου Γεωργίου'],
    ['Ποσα παιρνει μισθο η Ελενα Χαραλαμπους;', 'Ελενα Χαραλαμπους'],
    ['Που μενει ο Νικος Γεωργιου;', 'Νικος Γεωργιου'],
    ['Ο Νίκος Γεωργίου πόσα παίρνει;', 'Νίκος Γεωργίου'],
    ['Είναι σε άδεια ασθενείας η Έλενα Χαραλάμπους;', 'Έλενα Χαραλάμπους'],
    ['How much money Kerwin La Touche does make?', 'Kerwin La Touche'],
    ['How much Kerwin La Touche does mek?', 'Kerwin La Touche'],
  ])('%s', (question, name) => {
    expect(privatePersonAsked(question)).toBe(name);
  });

  it.each([
    // A role, the company or a rate is no one.
    'Πόσα παίρνει ο υπεύθυνος βάρδιας;',
    'Πόσο είναι ο μισθός του χειριστή στη γραμμή 3;',
    'Τι παίρνει η Κούρη Λτδ για το χαλλούμι;',
    'Πόσο μισθό παίρνει η Κούρη Λτδ;',
    'Πού μένει ο οδηγός του λεωφορείου;',
    'What Grade 3 does make?',
    // A body, a company or a role in capitals is no one (review).
    'Πόσα παίρνει η Κοινωνική Ασφάλιση από τον μισθό μου;',
    'Πόσα παίρνει η Κούρη Γαλακτοκομική για το χαλλούμι;',
    'Πόσα παίρνει ο Υπεύθυνος Βάρδιας;',
    'Πόσο είναι ο μισθός του Βοηθού Μάγειρα;',
    'Πόσες μέρες άδεια παίρνει ο υπάλληλος;',
  ])('not: %s', (question) => {
    expect(privatePersonAsked(question)).toBeUndefined();
  });
});
