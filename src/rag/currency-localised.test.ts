import { describe, expect, it } from 'vitest';
import { judgeStatuses } from '../../test/support/currency-judge.js';

// Each file written, loaded as ingest loads it, and judged against the others.
const judge = (files: Record<string, string>) => judgeStatuses(files, new Date('2031-05-21T12:00:00Z'));

describe('documents that say in Spanish what they replace', () => {
  const rules = 'Normas de acceso para todo el personal del hotel y los contratados.\n';
  it('a front matter "sustituye:" names the older document by the code its heading gives under a letterhead', async () => {
    const status = await judge({
      'control-de-acceso.md':
        '---\ntitulo: "Control de acceso del personal"\ncodigo: SP-02\nsustituye: "Normas de acceso del personal (SP-02, edición de 2027)"\nvigencia: 2031-03-15\n---\n\n# Control de acceso del personal\n\n' +
        rules,
      'normas-acceso-personal.txt':
        'HOTEL SOTAVENTO VARADERO\nSeguridad y Protección\n\nNORMAS DE ACCESO DEL PERSONAL (SP-02)\n\nEmitidas: 10/04/2027\n\n1. ENTRADA Y SALIDA\n\n' +
        rules,
      // Another code under the same letterhead is another document.
      'normas-cocina.txt':
        'HOTEL SOTAVENTO VARADERO\nAlimentos y Bebidas\n\nNORMAS DE LA COCINA (AB-04)\n\nEmitidas: 10/04/2027\n\n' +
        rules,
    });
    expect(status).toEqual({
      'docs/control-de-acceso.md': undefined,
      'docs/normas-acceso-personal.txt': 'superseded',
      'docs/normas-cocina.txt': undefined,
    });
  });

  it('an edition "vigente desde" a later day replaces one of the same code whose front matter says an earlier one', async () => {
    const status = await judge({
      'planta-desalinizadora.md':
        '---\ntitulo: "Operación de la planta desalinizadora"\ncodigo: MT-07\nvigencia: 2028-03-01\n---\n\n# Operación de la planta desalinizadora\n\nLa planta tiene un tren de 400 m³/día.\n',
      'procedimiento-planta.txt':
        'PROCEDIMIENTO DE OPERACIÓN DE LA PLANTA DESALINIZADORA\n\nHotel Sotavento Varadero · Mantenimiento · MT-07 · Versión 3\n\nVigente desde el 1 de febrero de 2031. La planta tiene dos trenes de 300 m³/día.\n',
    });
    expect(status).toEqual({
      'docs/planta-desalinizadora.md': 'superseded',
      'docs/procedimiento-planta.txt': undefined,
    });
  });

  it('reads the other languages’ names of what a document replaces and what replaced it', async () => {
    const status = await judge({
      'nouvelle.md':
        '---\ntitre: Règles du quai\nremplace: ancienne-regles.md\n---\n\n# Règles du quai\n\nTexte.\n',
      'ancienne-regles.md': '---\ntitre: Anciennes règles du quai\n---\n\n# Anciennes règles\n\nTexte.\n',
      'vieja.md':
        '---\ntitulo: Horario de la lavandería\nsustituido_por: horario-lavanderia.md\n---\n\n# Horario\n\nTexto.\n',
      'horario-lavanderia.md': '---\ntitulo: Horario de la lavandería 2031\n---\n\n# Horario\n\nTexto.\n',
    });
    expect(status).toMatchObject({
      'docs/ancienne-regles.md': 'superseded',
      'docs/vieja.md': 'superseded',
      'docs/nouvelle.md': undefined,
      'docs/horario-lavanderia.md': undefined,
    });
  });
});

describe('documents that say in German or French that they are old', () => {
  const rules = '1. WER DARF FAHREN\n\nNur Mitarbeitende mit gültigem Staplerschein.\n';
  it('a compound a current document says it replaces, with its day, names the document whose title opens with it', async () => {
    const status = await judge({
      'gabelstapler-richtlinie.md':
        '# Richtlinie Flurförderzeuge\n\nGültig ab 1. September 2030. Diese Richtlinie ersetzt die Staplerordnung vom 1. März 2027. Sie gilt für alle Fahrer.\n',
      'staplerordnung.txt': `STAPLERORDNUNG LAGER BETTEMBOURG\n\nStand: 01.03.2027\n\n${rules}`,
      // Another title that merely shares the first letters is another document.
      'staplerschulung.txt': `STAPLERSCHULUNG LAGER BETTEMBOURG\n\nStand: 01.03.2027\n\n${rules}`,
    });
    expect(status).toEqual({
      'docs/gabelstapler-richtlinie.md': undefined,
      'docs/staplerordnung.txt': 'superseded',
      'docs/staplerschulung.txt': undefined,
    });
  });

  it('a compound two titles open with names neither', async () => {
    const status = await judge({
      'richtlinie.md': '# Richtlinie\n\nDiese Richtlinie ersetzt die Staplerordnung vom 1. März 2027.\n',
      'a.txt': `STAPLERORDNUNG LAGER BETTEMBOURG\n\n${rules}`,
      'b.txt': `STAPLERORDNUNG CROSS-DOCK WASSERBILLIG\n\n${rules}`,
    });
    expect(status).toEqual({
      'docs/richtlinie.md': undefined,
      'docs/a.txt': undefined,
      'docs/b.txt': undefined,
    });
  });

  it('a revision named in French ("la révision 2") is the older file of that number', async () => {
    const status = await judge({
      'voitures-de-service.md':
        '# Politique voitures de service - FLT-01 Révision 3\n\nCette révision remplace la révision 2 (janvier 2028).\n\nCatégorie A : 1 250,00 € par mois.\n',
      'voitures-de-service-rev2.txt':
        'POLITIQUE VOITURES DE SERVICE - RÉVISION 2\n\nDate : 15/01/2028\n\nCatégorie A : 1 100,00 € par mois.\n',
    });
    expect(status).toEqual({
      'docs/voitures-de-service.md': undefined,
      'docs/voitures-de-service-rev2.txt': 'superseded',
    });
  });

  it('a title marked "(alt)" and a note that says it is no longer in force are old; the current ones are not', async () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Spätschichtzulage: 1,80 € pro Stunde.</p></body></html>`;
    const status = await judge({
      'schichtzulagen-alt.html': page('Schichtzulagen und Zuschläge (alt)'),
      'schichtzulagen.html': page('Schichtzulagen und Zuschläge'),
      'alt-texte.html': page('Alt-Texte für Bilder'),
      'absences.txt':
        "ATTENTION : cette note n'est plus en vigueur. Elle a été remplacée le 01/01/2030 par le chapitre RH-03.\n\nNOTE RH - ABSENCES\n\n1. Congé annuel : 25 jours.\n",
      'conges.txt':
        'NOTE RH - CONGÉS\n\nCette note est en vigueur depuis le 01/01/2030.\n\n1. Congé annuel : 26 jours.\n',
      'ordnung.txt':
        'HINWEIS: Diese Richtlinie gilt nicht mehr.\n\nSTAPLERORDNUNG\n\n1. Nur mit Staplerschein.\n',
      'primes-2026.txt':
        'Primes et heures supplémentaires\n\nPAGE ARCHIVÉE · Barème 2026/2027 · kept for reference only\n\nMajoration : 25 %.\n',
      'archives-guide.txt': 'Archives\n\nPage archivée : how the archive room keeps files.\n',
      'grille.html': page('Grille des primes').replace(
        '<p>',
        "<p><strong>Avis :</strong> cette page n'est plus à jour. Elle a été remplacée le 1er janvier 2030.</p><p>",
      ),
      'cantine-ancienne.md': '# [ARCHIVÉ] Cantine : horaires et tarifs\n\nLe plat du jour coûte 150 MRU.\n',
      'page-english.md':
        '# Staff bus\n\nThis page is no longer up to date: see the transport page.\n\nThe bus leaves at 6.\n',
      'archives-list.md': '# Ce que garde le service [archives]\n\nLes dossiers sont gardés 10 ans.\n',
      // A request to report an old page, a printed copy's notice, an archive's index (review).
      'report.md':
        '# Staff bus\n\nLet us know if this page is no longer up to date.\n\nThe bus leaves at 6.\n',
      'imprime.md':
        "# Navettes\n\nSi cette page n'est plus à jour, prévenez les RH. Une fois imprimé, ce document n'est plus à jour.\n",
      'newsletter.md': '# Staff newsletter (Archive)\n\nPast issues of the newsletter.\n',
      // A request to report an old page, however far its "if" stands; a plain notice is old (second review).
      'tell.md': '# Canteen\n\nTell us if you think this page is no longer up to date.\n\nLunch is at 12.\n',
      'force.md': '# Parking\n\nLet us know if this policy is no longer in force.\n\nPark in bay B.\n',
      'prevenez.md':
        "# Cantine\n\nPrévenez les RH si vous pensez que cette page n'est plus à jour.\n\nDéjeuner à 12 h.\n",
      'valable.md': "# Primes 2027\n\nCe document n'est plus valable.\n\nPrime de nuit : 3,00 €.\n",
    });
    expect(status).toEqual({
      'docs/grille.html': 'superseded',
      'docs/cantine-ancienne.md': 'superseded',
      'docs/page-english.md': 'superseded',
      'docs/archives-list.md': undefined,
      'docs/report.md': undefined,
      'docs/imprime.md': undefined,
      'docs/newsletter.md': undefined,
      'docs/tell.md': undefined,
      'docs/force.md': undefined,
      'docs/prevenez.md': undefined,
      'docs/valable.md': 'superseded',
      'docs/schichtzulagen-alt.html': 'superseded',
      'docs/schichtzulagen.html': undefined,
      'docs/alt-texte.html': undefined,
      'docs/absences.txt': 'superseded',
      'docs/conges.txt': undefined,
      'docs/ordnung.txt': 'superseded',
      'docs/primes-2026.txt': 'superseded',
      'docs/archives-guide.txt': undefined,
    });
  });

  it('a JSON table or export that says of itself it is archived or withdrawn marks its records, not a current one', async () => {
    const records =
      '[{ "code": "KM-01", "betrag": "0,30 € pro km" }, { "code": "RP-01", "betrag": "15,00 €" }]';
    const status = await judge({
      'frais-route-2028.json': `{ "export": { "system": "PersoNet", "status": "archiviert", "ersetzt_durch": "Tableau 2030" }, "positionen": ${records} }`,
      'allowances-2029.json': `{ "table": { "title": "Allowances 2029", "status": "withdrawn" }, "items": ${records} }`,
      'allowances-2031.json': `{ "table": { "title": "Allowances 2031", "status": "current" }, "items": ${records} }`,
      // A supplier's record under another name keeps its own status to itself, and a mailing list its own.
      'suppliers.json': `{ "supplier": { "name": "Trier Stapler", "status": "inactive" }, "items": ${records} }`,
      'mailing.json': `{ "list": { "name": "Drivers", "status": "inactive" }, "items": ${records} }`,
      // An export's link that expired says nothing of the table it holds.
      'download.json': `{ "export": { "status": "complete", "expires": "2031-05-08" }, "rows": ${records} }`,
    });
    expect(status).toEqual({
      'docs/frais-route-2028.json': 'superseded',
      'docs/allowances-2029.json': 'superseded',
      'docs/allowances-2031.json': 'current',
      'docs/suppliers.json': undefined,
      'docs/mailing.json': undefined,
      'docs/download.json': undefined,
    });
  });

  it('a last paragraph that says this document stopped applying on a day, a signature after it', async () => {
    const timetable = (closing: string) =>
      `STAFF SHUTTLE TIMETABLE\n\nDate: 04/12/2028\n\nFirst shuttle 06:00.\n\n${closing}\n\nTransport Supervisor\n`;
    const status = await judge({
      'shuttle-2028.txt': timetable(
        'This timetable stopped applying on 30/06/2029, when the new times on the ReefNet\nStaff shuttle page began.',
      ),
      'badges.txt': timetable('The old badge stopped working on 30/06/2029, so collect a new one.'),
      'shuttle-2030.txt': timetable('This timetable stops applying on 30/06/2031.'),
    });
    expect(status).toEqual({
      'docs/shuttle-2028.txt': 'superseded',
      'docs/badges.txt': undefined,
      'docs/shuttle-2030.txt': undefined,
    });
  });
});

describe('documents that say in Catalan that they are old', () => {
  const body = 'Habitació doble: 180 € al mes. Fiança: 250 €.\n';
  it('a title marked "(ARXIU)" is old; the page without the mark is not', async () => {
    const page = (title: string) =>
      `<html><head><title>${title} · IsardNet</title></head><body><h1>${title}</h1><p>Plus de nit: 4,20 € l'hora.</p></body></html>`;
    const status = await judge({
      'plusos-2027.html': page('Plusos i hores extra (ARXIU)'),
      'plusos.html': page('Plusos i hores extra'),
    });
    expect(status).toEqual({ 'docs/plusos-2027.html': 'superseded', 'docs/plusos.html': undefined });
  });

  it('a front matter "estat:" that says archived, or replaced by another, is old', async () => {
    const status = await judge({
      'dietes-2026.md': `---\nestat: arxivat\n---\n\n# Dietes\n\n${body}`,
      'plusos-2026.md': `---\nestat: Substituït per RH-09\n---\n\n# Plusos\n\n${body}`,
      'dietes.md': `---\nestat: vigent\n---\n\n# Dietes\n\n${body}`,
    });
    expect(status).toEqual({
      'docs/dietes-2026.md': 'superseded',
      'docs/plusos-2026.md': 'superseded',
      'docs/dietes.md': 'current',
    });
  });

  it('a period of force that has ended is old; one that runs on is not', async () => {
    const status = await judge({
      'evacuacio.md': `# Evacuació de remuntadors\n\nVigent de l'1 de desembre de 2025 al 30 de novembre de 2028.\n\n${body}`,
      'obertura.md': `# Obertura de remuntadors\n\nVigent de l'1 de desembre de 2030 al 30 de novembre de 2032.\n\n${body}`,
    });
    expect(status).toEqual({ 'docs/evacuacio.md': 'superseded', 'docs/obertura.md': undefined });
  });

  it('a revision that says which it replaces ("substitueix la Revisió 3") makes that file old, not another', async () => {
    const status = await judge({
      'reglament-allotjament.md': `# Reglament de l'allotjament del personal - RH-08 Revisió 4\n\nAquesta revisió substitueix la Revisió 3 (octubre de 2026).\n\n${body}`,
      'reglament-allotjament-rev3.txt': `REGLAMENT DE L'ALLOTJAMENT DEL PERSONAL - REVISIÓ 3\n\nData: 14/10/2026\n\n${body}`,
      'reglament-menjador.txt': `REGLAMENT DEL MENJADOR DEL PERSONAL - REVISIÓ 2\n\nData: 14/10/2026\n\n${body}`,
    });
    expect(status).toEqual({
      'docs/reglament-allotjament.md': undefined,
      'docs/reglament-allotjament-rev3.txt': 'superseded',
      'docs/reglament-menjador.txt': undefined,
    });
  });
});

describe('what is not said of the document itself', () => {
  it('is no mark of an old document: another edition, a wider scope, "(alt)" in English, a long English word', async () => {
    const status = await judge({
      'bareme.txt':
        "BARÈME DES PRIMES 2030\n\nLa version 2028 de ce barème n'est plus en vigueur. Prime de nuit : 3,00 €.\n",
      'richtlinie.txt':
        'STAPLERRICHTLINIE\n\nDiese Richtlinie gilt nicht mehr nur für Staplerfahrer, sondern für alle Mitarbeitenden.\n',
      'bus.md': '# Staff bus timetable (alt)\n\nThe alternative route runs at 06:00.\n',
      'timetable.txt':
        'STAFF SHUTTLE TIMETABLE\n\nFirst shuttle 06:00.\n\nThe previous edition of this timetable stopped applying on 30/06/2029.\n',
      'handbook.md': '# Handbook\n\nThis handbook replaces the 2027 Guidelines.\n',
      'visitors.txt': 'GUIDELINES FOR VISITORS\n\nSign in at reception.\n',
    });
    expect(status).toEqual({
      'docs/bareme.txt': undefined,
      'docs/richtlinie.txt': undefined,
      'docs/bus.md': undefined,
      'docs/timetable.txt': undefined,
      'docs/handbook.md': undefined,
      'docs/visitors.txt': undefined,
    });
  });
});

describe('a line at the start that names, in French, what replaced this document', () => {
  it('"Remplacée par :" with the new note\'s number and date makes it old; a rule, a list item or a cell does not', async () => {
    const rules = 'Un ordre de mission est remis au service RH au moins 3 jours avant le départ.\n';
    const status = await judge({
      'note-2029.txt':
        'DIRECTION GÉNÉRALE\n\nNOTE DE SERVICE DG N° 2029-03\nObjet : frais de mission\nRemplacée par : Note de service DG n° 2031-07 du 14/04/2031\n\n' +
        rules,
      'jours.txt':
        'JOURS FÉRIÉS\n\nRemplacé par le jour ouvrable suivant quand il tombe un dimanche.\n\n' + rules,
      'badges.txt':
        'BADGES\n\n- Remplacé par le badge B-12 depuis le 01/03/2031\n| Ancien | Remplacé par le badge B-14 du 02/03/2031 |\n\n' +
        rules,
      // A sentence wrapped onto a line that opens "remplacé par" or "replaced by" with a date (review).
      'feries.txt':
        'JOURS FÉRIÉS\n\nNoël, quand il tombe un dimanche, est\nremplacé par le lundi 26/12/2033.\n\n' +
        rules,
      // A day or a badge named by what replaced it is no document's successor (second review).
      'jours-2033.txt':
        'CALENDRIER DES CONGÉS\n\nNoël tombe un dimanche.\nRemplacé par : lundi 26/12/2033.\n\n' +
        rules.repeat(4),
      'feiertage.txt':
        'FEIERTAGSKALENDER\n\nWeihnachten fällt auf einen Sonntag.\nErsetzt durch Montag, 26.12.2033.\n\n' +
        rules,
      'badge.txt': 'BADGES\n\nRemplacé par le badge BA-12 depuis le 01/03/2031.\n\n' + rules,
      'holidays.txt':
        'PUBLIC HOLIDAYS\n\nChristmas Day, when it falls on a Sunday, is\nreplaced by Monday 26/12/2033 as a day off.\n\n' +
        rules,
    });
    expect(status).toEqual({
      'docs/note-2029.txt': 'superseded',
      'docs/jours.txt': undefined,
      'docs/badges.txt': undefined,
      'docs/feries.txt': undefined,
      'docs/holidays.txt': undefined,
      'docs/jours-2033.txt': undefined,
      'docs/feiertage.txt': undefined,
      'docs/badge.txt': undefined,
    });
  });
});
