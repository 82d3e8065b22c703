/**
 * @module A named person's pay, home or sickness asked in Greek ("Πόσα παίρνει μισθό η Έλενα Χαραλάμπους;", "Που
 * μενει ο Νικος Γεωργιου;", "Είναι σε άδεια ασθενείας η Έλενα;"), read with accents folded as chat leaves them out.
 * A person is named by a Greek first name: two words in capitals are as often a body, a company or a role ("η
 * Κοινωνική Ασφάλιση", "ο Υπεύθυνος Βάρδιας").
 */

// Greek and Cypriot first names, without accents, in the forms a question puts them in (nominative, genitive,
// accusative).
const FIRST_NAMES =
  'νικος νικου νικο ελενα ελενας ανδρεας ανδρεα αντρεας αντρεα μαρια μαριας γιωργος γιωργου γιωργο κωστας κωστα χριστος χριστου χριστο παναγιωτης παναγιωτη δημητρης δημητρη γιαννης γιαννη σαββας σαββα μιχαλης μιχαλη αντωνης αντωνη κυριακος κυριακου κυριακο στελιος στελιου στελιο πετρος πετρου πετρο σωτηρης σωτηρη θεοδωρος θεοδωρου αλεξανδρος αλεξανδρου ελενη ελενης αννα αννας σοφια σοφιας κατερινα κατερινας χριστινα χριστινας γεωργια γεωργιας δεσποινα δεσποινας παναγιωτα παναγιωτας μαρινα μαρινας ευα ευας στελλα στελλας νικολας νικολα χαραλαμπος χαραλαμπου λουκας λουκα μαριος μαριου μαριο κωνσταντινος κωνσταντινου ιωαννα ιωαννας ευαγγελια ευαγγελιας αθηνα αθηνας φωτεινη φωτεινης ζωη ζωης ειρηνη ειρηνης χρυσταλλα χρυσταλλας σταυρος σταυρου σταυρο παυλος παυλου παυλο φιλιππος φιλιππου ευαγορας ευαγορα μαρκος μαρκου μαρκο ραφαηλ ραφαελα ανθη ανθης ιακωβος ιακωβου';
const NAME = `((?:${FIRST_NAMES.split(' ').join('|')})(?:\\s+(?!(?:ποσα|ποσο|ειναι|ηταν|παιρνει|βγαζει)(?![\\p{L}]))\\p{L}{3,})?)`;
const ARTICLE = '(?:ο|η|του|της|τον|την)';
const PAY = '(?:παιρνει|βγαζει|πληρωνεται)';
const SICK = '(?:αρρωστ\\p{L}*|σε\\s+αναρρωτικη|σε\\s+αδεια\\s+ασθενειας)';

const ASKED = [
  // "Πόσα παίρνει μισθό η Έλενα …", "Πόσος είναι ο μισθός του Νίκου …", "Ποιος είναι ο μισθός …"
  `(?:(?:ποσ(?:α|ο|η|ος|ον)|ποιος|ποια|τι|ιντα)\\s+(?:\\p{L}+\\s+){0,2}?μισθ\\p{L}*|ποσ(?:α|ο|ον)\\s+${PAY})(?:\\s+\\p{L}+){0,2}?\\s+${ARTICLE}\\s+${NAME}`,
  // "Ο Νίκος Γεωργίου πόσα παίρνει;"
  `(?:^|\\s)(?:ο|η)\\s+${NAME}\\s+(?:ποσα|ποσο)\\s+${PAY}`,
  // "Πού μένει ο Νίκος Γεωργίου;"
  `που\\s+μενει\\s+(?:ο|η)\\s+${NAME}`,
  // "Είναι άρρωστη η Έλενα …", "Η Έλενα είναι σε άδεια ασθενείας;"
  `(?:ειναι|ηταν)\\s+(?:ακομα\\s+)?${SICK}\\s+(?:ο|η)\\s+${NAME}`,
  `(?:^|\\s)(?:ο|η)\\s+${NAME}\\s+(?:ειναι|ηταν)\\s+(?:ακομα\\s+)?${SICK}`,
].map((source) => new RegExp(`(?<![\\p{L}])${source.replace(/ς/g, 'σ')}(?![\\p{L}])`, 'du'));

const folded = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ς/g, 'σ');

/** The person a Greek question asks the pay, home or sickness of, as the question names them ("Έλενα Χαραλάμπους"). */
export function greekPersonAsked(question: string): string | undefined {
  if (!/\p{Script=Greek}/u.test(question)) return undefined;
  const text = folded(question);
  for (const re of ASKED) {
    const at = re.exec(text)?.indices?.[1];
    // Folding keeps a precomposed question's length: the name is cut from the question as written.
    if (at) return text.length === question.length ? question.slice(at[0], at[1]) : text.slice(at[0], at[1]);
  }
  return undefined;
}
