/**
 * @module The everyday words of a French question about work, with their English: verbs in the forms a question
 * uses (what a person does: "payes", "demande", "envoie"), and the nouns of time, pay and work a question counts
 * in ("jours", "paie", "conge", "navette"). A verb that says nothing of the topic ("faire", "prendre", "reste")
 * reads as nothing, so it is not taken for a word the base lacks. The same for the Mauritian Kreol that French
 * speakers there type ("lapay", "konze", "travay", "semenn"). Also the nouns of two or three words a workplace
 * says as one ("fiche de paie", "arret maladie", "heures supplementaires"), read before the words on their own.
 * Written from general knowledge of French (as typed in France, Africa, the Maghreb and Mauritius) and of
 * Mauritian Kreol, compared with their accents folded; not from any organisation's documents or questions.
 */

// Each line: the English ('-' for none), then the forms. One verb or noun a line, French then Kreol.
// biome-ignore format: one word a line keeps the list readable and easy to review
const LINES = [
  'pay: payer paye paie paies paient payent payons payez pey peye lapay lapaye',
  'paid: payes payee payees payant payante payants verse versee verses versees',
  'charge: facturer facturent',
  'cost: cout coute coutent coutera kout',
  'price: prix tarif tarifs',
  'free: gratuit gratuite gratuits gratuites gratis',
  'open: ouvrir ouvre ouvrent ouvert ouverte ouverts ouvertes ouverture ouver',
  'close: fermer ferme ferment fermee fermes fermees fermeture ferm',
  'start: commencer commence commencent debut debute debutent demarrer demarre koumans komans',
  'finish: finir finit finissent fini terminer termine terminent',
  'end: fin',
  'leave: partir pars partent depart sortir sort sortent sortie sorti',
  'arrive: arriver arrivent arrivee',
  'return: retour retourner retourne reprendre reprend reprise',
  'submit: deposer depose deposent soumettre remettre remets',
  'collect: recuperer recupere recuperent',
  'request: demander demande demandes demandent demandee dimann',
  'call: appeler appelle appellent appel aple',
  'send: envoyer envoie envoient envoye envoi avoy',
  'respond: repondre repond repondent reponse',
  'reimburse: rembourser rembourse remboursent remboursement remboursee ranbourse',
  'get: recevoir recois recoit recoivent recu toucher touche touchent touchons obtenir obtient gagn',
  'earn: gagner gagne gagnent gagnons',
  'sign: signer signe signent signature sinn',
  'report: signaler signale declarer declare declaration',
  'notify: prevenir previens previent prevenu avertir informer informe',
  'absent: absente absents absentes manquer manque',
  'late: retard',
  'resign: demissionner demissionne demission',
  'dismiss: licencier licencie licenciement renvoyer renvoye',
  'work: travailler travaille travaillent travaillons travail bosser bosse boulot travay',
  'rest: reposer repos repo',
  'change: changer change changent changement sanze',
  'travel: voyager voyage deplacement deplacements',
  'smoke: fumer fume fument clope clopes',
  'park: garer stationner',
  'eat: manger mange mangent manze',
  'lunch: dejeuner dejeune dezene',
  'meal: repas',
  'sleep: dormir dort',
  'lose: perdre perdu perdue perds perd',
  'birth: accoucher accouchement naissance',
  'marriage: marier mariage maryaz',
  'death: deces decede deceder mourir',
  'injury: blesser blessee blessure',
  'sick: malade maladie malad maladi',
  'hire: embaucher embauche recruter recrute',
  'move: demenager demenagement',
    'entitled: droit drwa',
  'minimum: minimal minimale',
  'amount: montant montants',
  'percent: pourcent pourcentage',
  'during: pendant durant',
  'reduced: baisse baisser diminue diminuer',
  'problem: probleme problemes',
  'complaint: plainte plaintes reclamation',
  'child: enfant enfants gosse zanfan',
  'doctor: medecin docteur dokter toubib',
  'money: argent larzan kas',
  'salary: salaire salaires saler',
  'bonus: prime primes bonis',
  'advance: avance avances acompte lavans',
  'leave: conge conges konze',
  'holiday: vacances ferie',
  'holidays: feries',
  'allowance: indemnite indemnites',
  'expenses: frais',
  'overtime: overtaym',
  'shift: equipe equipes poste postes',
  'canteen: cantine kantinn',
  'shuttle: navette navettes',
  'bus: bis',
  // West Africa's shared taxi without a licence ("le clando").
  'taxi: clando clandos',
  'blocked: bouchee bouchees bloque bloquee bloques',
  // Weather, the sea and safety at work: what a crew or a site asks about.
  'cancel: annuler annule annulent annulee annulees annules annulation',
  'wind: vent vents',
  'speed: vitesse vitesses',
  'weather: meteo',
  'rain: pluie pluies',
  'storm: tempete tempetes orage orages',
  'sea: mer',
  'boat: bateau bateaux navire navires bato',
  'drink: boire boit boivent',
  'alcohol: alcool',
  'uniform: uniforme uniformes linifonm',
  'gloves: gants',
  'helmet: casque casques',
  'shoes: chaussures',
  'fire: incendie incendies',
  'accident: accidents',
  'transport: transpor',
  'supervisor: sef',
  'warehouse: entrepot entrepots',
  'factory: usine usines lizinn izinn',
  'office: bureau biro',
  'contract: contrat contrats kontra',
  'training: formation',
  'notice: preavis',
  'pension: retraite',
  'tax: impot impots',
  'transfer: virement',
  'account: compte comptes kont',
  'contact: contacter contacte joindre',
  'hours: heures horaire horaires ler',
  'hour: heure',
  'days: jours',
  'day: jour journee zour zourne',
  'weeks: semaines',
  'week: semaine semenn lasemenn',
  'month: mois',
  'year: an annee lane',
  'years: ans annees',
  'morning: matin dimatin',
  'evening: soir aswar',
  'night: nuit lanwit',
  'noon: midi',
  'midnight: minuit',
  'next: prochain prochaine',
  'last: dernier derniere passee',
  'until: jusqu jusque ziska',
  'before: avant',
  'after: apres',
  // "durer" after "combien de temps" has asked how long.
  '-: durer dure durent poser pose tomber tombe marche faire fait fais font avoir aura auront etre sera seront etait aller vais vas va allons allez vont pouvoir pourrais pourrait devoir devrais vouloir voudrais savoir sais sait prendre prends prend prenons prennent pris mettre met mettent donner donne donnent rester reste restent passer passe passent tenir venir viens vient viennent dire dit disent trouver trouve falloir fer pran donn ale al vinn kone konn dir trouv',
];

/** Each French or Kreol form, accent-folded, with the English it reads as ('' for none). */
export const FRENCH_WORDS: ReadonlyMap<string, string> = new Map(
  LINES.flatMap((line) => {
    const [english, forms] = line.split(': ') as [string, string];
    return forms.split(' ').map((form) => [form, english === '-' ? '' : english] as const);
  }),
);

// Each line: the English, then the spellings of one noun of two or three words, apart with ' | '. Written in the
// singular: a plural "s" on each word is met too ("jours feries", "conges payes").
// biome-ignore format: one noun a line keeps the list readable and easy to review
const PHRASE_LINES = [
  'payslip: fiche de paie | fiche de paye | bulletin de paie | bulletin de paye | bulletin de salaire | fiche de salaire | fich pey | fich lapay',
  'paid leave: conge paye',
  'annual leave: conge annuel',
  'sick leave: conge maladie | conge de maladie | arret maladie | arret de travail | konze maladi | konze malad',
  'maternity leave: conge maternite | conge de maternite | konze maternite',
  'paternity leave: conge paternite | conge de paternite | konze paternite',
  'medical certificate: certificat medical | certificat medicale | certificat de maladie | sertifika medikal',
  'overtime: heure supplementaire | heure sup | heure supp',
  'smoke: griller une clope | fumer une clope | en griller une',
  'public holiday: jour ferie | zour ferie',
  'rest day: jour de repos | zour repo',
  'travel expenses: frais de mission | frais de deplacement',
  'night shift: poste de nuit | equipe de nuit',
  'morning shift: poste du matin | equipe du matin',
  'team leader: chef d equipe',
  'end of month: fin du mois | fin de mois | fin mwa',
  // Kreol's "mwa" is "me" as well as "month": a month only after a word that counts it.
  'this month: sa mwa',
  'a month: enn mwa | par mwa | sak mwa',
  'year-end bonus: prime de fin d annee | prime de fin d an',
  'meal voucher: ticket restaurant | ticket repas',
  'part-time: mi temps | temps partiel',
  'full-time: temps plein',
  'afternoon: apres midi',
  'late: en retard',
  'at the latest: au plus tard',
  'notice period: delai de preavis',
  'password: mot de passe',
];

/** Each noun of several words, accent-folded with a space between its words, with its English; longest first. */
export const FRENCH_PHRASES: ReadonlyArray<readonly [string, string]> = PHRASE_LINES.flatMap((line) => {
  const [english, spellings] = line.split(': ') as [string, string];
  return spellings.split(' | ').map((phrase) => [phrase, english] as const);
}).sort(([a], [b]) => b.length - a.length);
