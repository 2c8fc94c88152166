// Before an idea is posted: is a very close one already on the board? Compared here, in the page,
// against the ideas this participant already sees (the suggestions of the API are the facilitator's,
// and private ideas of others never reach this page), with a light French normalisation: case,
// accents, elisions, common words, plural and feminine endings.

/** Two texts at least this alike (0 to 1) are near-duplicates; chosen on the labelled sets of the tests. */
export const NEAR = 0.6;
/** A draft of fewer words says too little to be compared. */
const FEWEST_WORDS = 2;

const STOP_WORDS = new Set(`a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs
  lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton
  tu un une vos votre vous y est sont ete etre avoir ont plus moins tres trop tout tous toute toutes chaque entre sans
  comme aussi encore peu bien dont vers chez apres avant pendant quand ni non rien autre autres afin ca ici faire fait
  creer mettre peut peuvent doit faut`.split(/\s+/));
const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/;

/** The words of a text that carry its meaning, each reduced to a rough stem: "Les écoles" gives ["ecol"]. */
export function words(text) {
  return String(text ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(ELISION, '').replaceAll("'", ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
}

/** Plural and feminine endings off: "locaux" and "local", "etudiantes" and "etudiant" meet. */
function stem(word) {
  let stemmed = word;
  if (stemmed.length > 4 && stemmed.endsWith('aux')) {
    stemmed = `${stemmed.slice(0, -3)}al`;
  } else if (stemmed.length > 3 && /[sx]$/.test(stemmed)) {
    stemmed = stemmed.slice(0, -1);
  }
  return stemmed.length > 4 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}

/** The three-letter pieces of the words written end to end: "plate-forme" and "plateforme" share them. */
function trigrams(stems) {
  const joined = `#${stems.join('')}#`;
  if (joined.length <= 3) {
    return new Set([joined]);
  }
  const grams = new Set();
  for (let at = 0; at + 3 <= joined.length; at += 1) {
    grams.add(joined.slice(at, at + 3));
  }
  return grams;
}

function dice(first, second) {
  if (first.size === 0 || second.size === 0) {
    return 0;
  }
  let shared = 0;
  first.forEach((item) => {
    if (second.has(item)) {
      shared += 1;
    }
  });
  return (2 * shared) / (first.size + second.size);
}

/** How alike two texts are worded, 0 to 1: the mean of their words' and their spellings' overlaps. */
export function likeness(first, second) {
  const a = words(first);
  const b = words(second);
  return (dice(new Set(a), new Set(b)) + dice(trigrams(a), trigrams(b))) / 2;
}

/** The idea ({ideaId, text}) most alike the draft, if it is a near-duplicate; else null. */
export function nearestIdea(draft, ideas) {
  if (words(draft).length < FEWEST_WORDS) {
    return null;
  }
  let nearest = null;
  let best = NEAR;
  for (const idea of ideas) {
    const alike = likeness(draft, idea.text);
    if (alike >= best) {
      best = alike;
      nearest = idea;
    }
  }
  return nearest;
}
