/**
 * @module How a question is framed rather than what it is about: the framing words ("please", "actually", "know"),
 * everyday phrases whose words name no topic ("a bit", "get hold of"), asides ("Oh, and…"), who asked the asker
 * ("Resident ask me…") and "you lot".
 */
import { tokenize } from '../../core/index.js';
import { isOrdinaryWord } from '../wordnet/index.js';

/** Words that frame a question rather than say what it is about, stemmed. */
export const FRAMING: ReadonlySet<string> = new Set(
  [
    'ask',
    'asked',
    'came',
    'come',
    'want',
    'need',
    'tell',
    'please',
    'kindly',
    // "Kindly explain the process": how the question is put ("advise" is a word of its own: it stems as "adviser").
    'explain',
    'anything',
    'something',
    'someone',
    'somebody',
    'anyone',
    'know',
    'get',
    'got',
    'like',
    'would',
    'could',
    'just',
    'also',
    'help',
    'many',
    'much',
    'long',
    'often',
    'soon',
    'way',
    'thing',
    'happen',
    'happens',
    'currently',
    'moment',
    'still',
    // Everyday verbs and words a knowledge base need not use for a question about it to be answerable.
    'let',
    'make',
    'take',
    'give',
    'put',
    'keep',
    'go',
    'going',
    // Their irregular forms, which the stemmer does not bring back to them ("what percentage goes to PF?").
    'goes',
    'went',
    'gone',
    'took',
    'taken',
    'made',
    'gave',
    'given',
    'kept',
    'says',
    'say',
    'see',
    'use',
    'look',
    'find',
    'able',
    'possible',
    'actually',
    'really',
    'exactly',
    'right',
    'okay',
    'thanks',
    'thank',
    'past',
    'show',
    'case',
    'hand',
    'bring',
    'send',
    'said',
    'instead',
    'rather',
    'whether',
    'ever',
    'usually',
    'typically',
    'normally',
    // Nouns of no topic ("like everything else", "a whole new set") and how people type
    // a question in a hurry ("whats", "thinking of…").
    'everything',
    'nothing',
    // Northern England's "owt", "nowt" and "summat" (anything, nothing, something).
    'owt',
    'nowt',
    'summat',
    'else',
    'done',
    'somewhere',
    'anywhere',
    'everyone',
    'everybody',
    'anybody',
    'nobody',
    'whole',
    'stuff',
    'whats',
    'wheres',
    'whos',
    'hows',
    'thats',
    'theres',
    'thinking',
    'wondering',
    'meant',
    'supposed',
    'reckon',
    // Hedges and politeness ("I might be wrong, but…", "sorry", "I'm assuming…", "just curious"): how the asker
    // feels about asking, never what is asked; and negated auxiliaries the stop words lack ("wasn't there…").
    'sorry',
    'might',
    // Modal verbs the stop words lack ("how quickly must I…", "shall I…"); not "may", a month too.
    'must',
    'shall',
    'ought',
    'mean',
    'assume',
    'assuming',
    'suppose',
    'presume',
    'guess',
    'wonder',
    'curious',
    'wasnt',
    'werent',
    'couldnt',
    'wouldnt',
    'shouldnt',
    'hasnt',
    'havent',
    'hadnt',
    'didnt',
    'doesnt',
    'tbh',
    'pls',
    'cheers',
    // Words of degree ("is just reporting enough", "none of the meals"), what is on offer ("do u have vegan
    // options": the options are the thing asked about, not a word a passage must say), and a thing said again
    // ("and the box itself").
    'option',
    'options',
    'itself',
    'themselves',
    'yourself',
    'myself',
    'enough',
    'none',
  ].flatMap((w) => tokenize(w)),
);

// Everyday phrases whose words never name a question's topic, and the markers that open a new question in a
// chat ("totally separate q", "random other thing", "while i have u"): "a hotel just round the corner", "or is that
// just tough luck?", "if there's any bother", "what kind of note", "long term I'd like…" (not "long-term
// parking": only before the one who asks), "kindly advise" (how South Asian, Filipino and African English ask
// politely), "as well as", "a bit", "keep hold of", "I hit 20 years", "who's the
// manager these days" (now, at the end of a clause; not "can I carry over these days?" nor "do these days count").
// "As part of it" says what a thing belongs to, not a topic: "who gets an ECG as part of it?" "Off the table", "a
// point by which", "the rest of it" (what is left, not a rest break), "get hold of", "whatever's left" and "get
// something back" say how, not what ("give back" and "pay back" are the thesaurus's: return, repay).
const CASUAL_PHRASES =
  /\b(?:kindly|please) advise\b|\bas well(?: as)?\b|\bas (?:a )?part of\b|\ba bit\b|\b(?:keep|get|got|getting) hold of\b|\b(?:what|whatever|anything|nothing|something|how much)(?:['’]s| is)?\s{1,3}left\b|back\b(?<=\b(?:get|gets|got|getting)\s{1,3}(?:something|anything)\s{1,3}back)|\bhit(?:ting)?(?=\s+(?:\d+|ten|five|twenty|fifteen|thirty)\s*(?:years?|yrs?)\b)|\b(?:a?round the corner|tough luck|(?:any|no) bother|off the table|(?:a|the|some) (?:point|time) by which|the rest(?= (?:of (?:it|them|(?:the|my|your|our|his|her|their) \p{L}+)|carr(?:y|ies) over|roll(?:s)? over|go(?:es)? back)\b)|straight away|right away|(?<!\b(?:over|of|on|for|in|to|take|use|book|carry|swap|move|keep|lose|get|have|need|all|are|do|count)\s)these days(?=\s*(?:[?.!,;]|$))|nowadays|at present|as of now|to be honest|by the way|(?:i|we) (?:might|may|could) be wrong|correct me if i['’]?m wrong|(?:i )?don['’]?t mean to be rude|no offen[cs]e|out of (?:interest|curiosity)|worth a (?:try|shot)|fair enough|heads up|no worries|(?:kind|sort)s? of|(?:in the )?long(?:er)?[- ]term(?=[\s,]+(?:i|we|you|they|he|she)\b)|(?:the )?(?:story|deal|craic|score|situation)(?=\s+(?:with|on|about|regarding)\b)(?<=\bwhat(?:['’]?s| is) the (?:story|deal|craic|score|situation)))\b|\b(?:(?:totally|completely) )?(?:separate|different|diff|unrelated|random|quick|real|serious|dumb|silly|side|other)(?: other)? (?:q|qn|question|thing|topic)\b|(?<!\b(?:can|could|may|might|do|does|did|should|would|will|must|shall)\s{1,3}(?:(?:a|the|one|some|our|my)\s{1,3})?)\b(?:(?:a|the|one|some|our|my)\s{1,3})?(?:residents?|tenants?|customers?|guests?|visitors?|passengers?|patients?|parents?|students?|owners?|someone|somebody|people)\s+(?:(?:keep|keeps|kept)\s+)?ask(?:s|ed|ing)?\s+(?:me|us)\b|\b(?:unrelated but|while i(?:'ve| have) (?:got )?(?:u|you)(?: here)?|on another note|oh wait|(?<=\bis (?:that|it) )legit|(?:going )?back to(?= (?:the|my|your|that|our) )|like an? (?:idiot|moron))\b/giu;

// "Oh, and…" as an aside, where a question or a sentence opens (never "OH", occupational health: so no
// case-insensitive flag; the gap after a full stop is bounded, so a long run of spaces costs nothing).
const ASIDE_OH =
  /(^|[.?!;]\s{0,3})[Oo]h\b(?=\s*[,!]|\s+(?:and|also|well|ok|okay|no|yes|right|btw|nice|cool|great|wait|i see)\b)/g;
// "you lot", "the Bellshill lot": the people of a group or a place, not a lot of something; a place by a name
// that is no ordinary word ("the North lot" and "the Visitor lot" are car parks).
const PEOPLE_LOT = /\b(?:([Yy]ou|[Uu]s|[Tt]hem)|the\s+(\p{Lu}[\p{L}-]+))\s+lot\b/gu;
const withoutPeopleLot = (text: string) =>
  text.replace(PEOPLE_LOT, (whole, pronoun: string | undefined, place: string | undefined) =>
    pronoun || !isOrdinaryWord(place!.toLowerCase()) ? whole.replace(/\s+lot$/, ' ') : whole,
  );

/** The text without the everyday phrases, asides and "you lot" that say how a question is asked, not what about. */
export function withoutCasualTalk(text: string): string {
  return withoutPeopleLot(text.replace(CASUAL_PHRASES, ' ').replace(ASIDE_OH, '$1 '));
}
