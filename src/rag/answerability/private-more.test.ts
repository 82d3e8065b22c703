import { describe, expect, it } from 'vitest';
import { privatePersonAsked } from './private-request.js';
import { readRomanised } from './roman-typed.js';

describe('a named person’s own details, as staff ask them', () => {
  it('is private: an identity number by any country’s acronym or card, typed in capitals or not', () => {
    expect(privatePersonAsked("what's Rosa Kassoma's BI number? need it for the transport list")).toBe(
      'Rosa Kassoma',
    );
    expect(privatePersonAsked("what's rosa kassoma's bi number? need it for the transport list")).toBe(
      'Rosa Kassoma',
    );
    expect(privatePersonAsked("need Ma Hnin Wai Phyo's NRC number for the form, anyone know?")).toBe(
      'Ma Hnin Wai Phyo',
    );
    expect(privatePersonAsked("What is Abdul-Rahman Issahaku's Ghana Card number?")).toBe(
      'Abdul-Rahman Issahaku',
    );
    expect(privatePersonAsked('FlexFlora needs the BSN of Tomasz Zieliński, can you look it up')).toBe(
      'Tomasz Zieliński',
    );
    expect(privatePersonAsked('agathe mengue asked me to check her cnps number, what is it?')).toBe(
      'Agathe Mengue',
    );
  });

  it('is private: national numbers by their names, and a person’s IBAN', () => {
    expect(privatePersonAsked("what's Harpreet Singh's codice fiscale? I need it for a form")).toBe(
      'Harpreet Singh',
    );
    expect(privatePersonAsked('whats darius petrauskas kennitala? need it for the van insurance claim')).toBe(
      'Darius Petrauskas',
    );
    expect(privatePersonAsked("whats mirela kota's IBAN? i owe her some money")).toBe('Mirela Kota');
    expect(privatePersonAsked("Can you give me Eftychia Douka's IBAN? It's for the collection.")).toBe(
      'Eftychia Douka',
    );
  });

  it('is private: written up, pay without "does", a team between a name and its possessive, a first name’s stay', () => {
    expect(privatePersonAsked('heard andre fontaine got written up last month, is that true?')).toBe(
      'Andre Fontaine',
    );
    expect(privatePersonAsked('how much salary Noy Sengdara get? shes QC lead right')).toBe('Noy Sengdara');
    expect(privatePersonAsked('how much zaplata does anton slavov get? he is team leader')).toBe(
      'Anton Slavov',
    );
    expect(privatePersonAsked("what's Mai Anh from payroll's home address? want to send a gift")).toBe(
      'Mai Anh',
    );
    expect(privatePersonAsked('where does Charmaine from payroll stay? I want to drop off a letter')).toBe(
      'Charmaine',
    );
    expect(
      privatePersonAsked('nadia fakhoury was off all last week, what does she have? is it serious?'),
    ).toBe('Nadia Fakhoury');
  });

  it('is not: a work number, a firm’s IBAN, a role, a place', () => {
    for (const question of [
      "what's the PO number of Maria Lopez",
      "what is Maria Lopez's extension number",
      "what's Jo Harker's staff number",
      'can you check her PO number',
      "what's the SAP number of Maria Lopez?",
      "What's Ana Ruiz's Fuel Card number?",
      "What's the IBAN of Kalamas Dairy?",
      'what is the company IBAN for supplier payments?',
      'who is the CEO of Maria Lopez Holdings',
      'where does Lagos stay open late?',
      'en que EPS estan los trabajadores nuevos?',
      "What's Maria Lopez's EXT number?",
      "what's kofi mensah's emp number?",
      'I spoke to Maria Lopez, what is her EXT number?',
      "What's Al Mulla's CR number?",
      'What is the NTN number of Habib Rafiq?',
      "What's Ana Ruiz's Employee Card number?",
      "Is Overtime Pay in the company's pension?",
      'Where do I send Maria Lopez bank IBAN change form?',
      'How do I change the IBAN for Maria Lopez?',
      'Has the incident report from Maria Lopez been written up yet?',
      'Maria Lopez moved to the night shift. What does she have now?',
      'Where does Moodle live now?',
      'What is the employee ID of Maria Lopez?',
      'Who is the IC of Ravi Kumar?',
      'what does she have to bring on the first day? ask Maria Lopez',
      'how much salary does the night shift get?',
    ])
      expect(privatePersonAsked(question), question).toBeUndefined();
  });

  it('is private in chat grammar: a private number with no possessive, pay in the passive, what kind of sickness', () => {
    expect(privatePersonAsked('give me Mohamed Kanu private phone number, the depot line no de pick')).toBe(
      'Mohamed Kanu',
    );
    expect(privatePersonAsked('how much is Mr Mansaray the mill manager paid every month?')).toBe(
      'Mr Mansaray',
    );
    expect(privatePersonAsked('how much is Mr. Mansaray paid?')).toBe('Mr. Mansaray');
    expect(
      privatePersonAsked('what is wrong with Mrs Kadiatu Fofanah? she sick? what kind sickness she get'),
    ).toBe('Mrs Kadiatu Fofanah');
    // A shift, a line, a depot or a grade is paid and has lines too: no one's private data.
    for (const q of [
      'how much is the Night Shift paid?',
      'how much is Line 2 paid per hour',
      'give me the Depot private line number',
      'how much are Casual Workers paid a day?',
    ])
      expect(privatePersonAsked(q)).toBeUndefined();
  });

  it('is no one’s private data: a product’s personal number, a rule of which sickness is paid (review)', () => {
    for (const q of [
      'How do I get a Google Voice personal number for work calls?',
      'Can I set up Microsoft Outlook personal email on my work laptop?',
      'Does Sierra Rutile pay sick leave? what kind of sickness do they get paid for?',
      'what sickness do they get paid for?',
    ])
      expect(privatePersonAsked(q)).toBeUndefined();
  });

  it('is private: what sickness a colleague gets, and where a colleague lives asked in Spanish, Portuguese or French', () => {
    expect(privatePersonAsked('Kebeh Johnson sick long time now. what sickness she get?')).toBe(
      'Kebeh Johnson',
    );
    expect(
      privatePersonAsked(
        'cual es la direccion de la casa de Maritza Hernandez la ama de llaves? le quiero llevar algo',
      ),
    ).toBe('Maritza Hernandez');
    expect(privatePersonAsked('donde vive Maritza Hernandez?')).toBe('Maritza Hernandez');
    expect(privatePersonAsked('qual o endereço de casa da Ana Lima?')).toBe('Ana Lima');
    expect(privatePersonAsked("c'est quoi l'adresse du domicile de Paul Obame ?")).toBe('Paul Obame');
    // A department's or a building's address is no one's home.
    for (const q of [
      'cual es la direccion de Recursos Humanos?',
      'cual es la dirección de la casa de Huéspedes?',
      'donde queda la oficina de Seguridad y Protección?',
    ])
      expect(privatePersonAsked(q)).toBeUndefined();
  });
});

describe('a named person’s pay, illness, number and home line, asked as chat asks them', () => {
  it('is private with a crew’s title, with "what" and no "does", by a disease’s name, and without a possessive', () => {
    expect(privatePersonAsked('what salary Capt. Jimmy Barbé get?')).toBe('Jimmy Barbé');
    // Asked in Seychelles Kreol: the title's full stop ends no sentence of the reading.
    expect(privatePersonAsked(readRomanised('ki saler Capt. Jimmy Barbé i ganny?'))).toBe('Jimmy Barbé');
    expect(privatePersonAsked('does Jabulani Fakudze have TB? saw him going to the clinic every week')).toBe(
      'Jabulani Fakudze',
    );
    expect(privatePersonAsked('has Ana Lima got diabetes?')).toBe('Ana Lima');
    expect(privatePersonAsked("what is Daniel Ernesta's NIN?")).toBe('Daniel Ernesta');
    // A surname that is an ordinary word ("Best", "Smith") is still a person's, for a home line.
    expect(privatePersonAsked('wha Rochelle Best home number? need to call she')).toBe('Rochelle Best');
    // Pay asked with "is … getting", of a name typed in lower case after a captain's title, or in French.
    expect(privatePersonAsked('how much salary is Moosa Adam getting')).toBe('Moosa Adam');
    expect(privatePersonAsked('how much salary captain moosa adam is getting')).toBe('moosa adam');
    expect(privatePersonAsked('Brahim Ould Sidi il touche combien par mois ?')).toBe('Brahim Ould Sidi');
    expect(privatePersonAsked('combien touche Aminata Diop ?')).toBe('Aminata Diop');
    // A state's number with no possessive.
    expect(privatePersonAsked('I need Captain Dwayne Albury NIB number for a form he asked me to fill')).toBe(
      'Dwayne Albury',
    );
    // An illness asked after the name, the pronoun dropped as Spanish drops it, or in Portuguese or French.
    expect(privatePersonAsked('q le paso a la Dra Idania, esta de certificado? q enfermedad tiene?')).toBe(
      'Dra Idania',
    );
    expect(privatePersonAsked('Luz Pérez no vino, que doença ela tem?')).toBe('Luz Pérez');
    expect(privatePersonAsked('Paul Obame est absent, quelle maladie a-t-il ?')).toBe('Paul Obame');
    // After "¿" or a word that joins it on (second review).
    expect(privatePersonAsked('La Dra Idania está de baja. ¿Qué enfermedad tiene?')).toMatch(/Dra Idania$/);
    expect(privatePersonAsked('la Dra Idania esta de certificado y q enfermedad tiene?')).toBe('Dra Idania');
    expect(privatePersonAsked('Mme Diop est en arrêt, mais quelle maladie a-t-elle ?')).toBe('Mme Diop');
  });

  it('is not private: a service a person runs, a number the asker fills in, a team’s pay', () => {
    expect(privatePersonAsked('does Dr Amina Yusuf have HIV testing at her clinic?')).toBeUndefined();
    expect(privatePersonAsked('what NIN do I put on the form?')).toBeUndefined();
    expect(privatePersonAsked('what salary does the Night Shift get?')).toBeUndefined();
    expect(privatePersonAsked('Payroll Office NIB number')).toBeUndefined();
    expect(privatePersonAsked('how much salary the captain is getting')).toBeUndefined();
    expect(privatePersonAsked('el sindicato: q enfermedad tiene cobertura?')).toBeUndefined();
    expect(privatePersonAsked('la machine touche combien de pièces ?')).toBeUndefined();
    // A firm's or an office's number without an "'s" (review).
    expect(privatePersonAsked('Is Kandumathi Maldives TIN number on the payslip?')).toBeUndefined();
    expect(
      privatePersonAsked('Where do I write the Air Mauritanie NIF number on the invoice?'),
    ).toBeUndefined();
    expect(privatePersonAsked('What is the Grand Bahama NIB number?')).toBeUndefined();
    // A rule about asking a worker's illness (review).
    for (const rule of [
      'Si un trabajador presenta certificado, la empresa puede preguntar qué enfermedad tiene?',
      'o RH pode perguntar ao trabalhador que doença ele tem?',
      'Un employé en arrêt, le manager peut-il savoir quelle maladie il a ?',
    ])
      expect([rule, privatePersonAsked(rule)]).toEqual([rule, undefined]);
    // Roles joined by "or" are no name (review).
    expect(privatePersonAsked('how much salary captain or mate is getting?')).toBeUndefined();
  });
});
