/**
 * Person-name normalisation and match ranking for fuzzy search.
 *
 * Civil registries in South Sulawesi spell the same person many ways: old (pre-1972) spelling
 * (Djamaluddin, Soekarno), doubled letters (Sitti, Hasanuddin), abbreviations (Muh., St., A., Dg.)
 * and titles glued on (Hj. … , S.Pd). The database stores `normalizeName(full_name)` in a pg_trgm
 * index, so every rule here must be deterministic and idempotent: a stored value re-normalised must
 * not drift, otherwise re-imports would silently change search results.
 *
 * Pure module: no I/O. Everything reusable (regexes, lookup tables) is built once at load because
 * `normalizeName` runs on ~200k names during bulk load.
 */

// Apostrophe-like marks are removed outright (Pa'jukukang → pajukukang) and must go before NFKD,
// because NFKD turns the acute accent ´ into a space plus a combining mark.
const APOSTROPHES = /['`\u2018\u2019\u02BB\u02BC\u00B4]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NON_LETTER = /[^a-z]+/g;
const NON_LETTER_OR_SPACE = /[^a-z\s]+/g;
const WHITESPACE = /\s+/;

/**
 * Orthographic rewrites, applied to the whole lowercased string (no rule can match across a
 * space, so whole-string application is equivalent to per-token and cheaper).
 *
 * - Old spelling: dj→j, tj→c, oe→u. ch/kh→k because registries write Chairul/Khairul/Kairul.
 * - sj and sy both → s: Syamsuddin/Samsudin and Syarifuddin/Sarifudin are the same names in
 *   practice, and pg_trgm cannot bridge a missing letter as well as an exact key can. The price is
 *   that a deliberate "Sy" spelling is indistinguishable from "S"; for person search that is wanted.
 * - ph→f, q→k, th→t, dh→d (Ramadhan/Ramadan, Fathur/Fatur, Qadir/Kadir).
 * - y between vowels → i (Nurhayati/Nurhaiati); a leading y (Yusuf) is a consonant and is kept.
 * - trailing ie → i (Sofie/Sofi).
 * - doubled letters collapse last (Sitti→siti, Hasanuddin→hasanudin), after the digraph rules so
 *   "ddj"-style clusters resolve the same way as their single forms.
 */
const ORTHO_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/dj/g, 'j'],
  [/[ck]h/g, 'k'],
  [/tj/g, 'c'],
  [/oe/g, 'u'],
  [/s[jy]/g, 's'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/([aeiou])y(?=[aeiou])/g, '$1i'],
  [/ie(?![a-z])/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

// Superset of every ORTHO_RULES trigger. Lets already-canonical names skip the rewrite passes
// (the common case at bulk load) and drives the fixpoint loop below.
const NEEDS_ORTHO = /dj|[ck]h|tj|oe|s[jy]|ph|q|th|dh|[aeiou]y[aeiou]|ie(?![a-z])|([a-z])\1/;

/**
 * Rewrites until nothing changes. One pass is not enough for idempotence: collapsing "ayyub" to
 * "ayub" exposes a y between vowels, and "kiee" → "kie" exposes a trailing ie. Termination: every
 * rule shortens the string or removes a y/q, and no rule introduces y or q.
 */
function canonicalSpelling(s: string): string {
  let out = s;
  while (NEEDS_ORTHO.test(out)) {
    let next = out;
    for (const [re, rep] of ORTHO_RULES) next = next.replace(re, rep);
    if (next === out) break;
    out = next;
  }
  return out;
}

// Title and abbreviation tables are keyed by the *canonical* spelling of each token, so a value
// that only becomes a title/abbreviation after canonicalisation (e.g. raw "Mdd" → "md") is treated
// the same on the first run as on a re-run. Without that, normalizeName would not be idempotent.
const canonicalSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(canonicalSpelling));

/** Honorifics that only precede a name: dropped while they lead it. "H" elsewhere is an initial. */
const LEADING_HONORIFICS = canonicalSet([
  'h',
  'hj',
  'haji',
  'hajjah',
  'hajah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
]);

/**
 * Titles that are never name parts, dropped wherever they stand. Deliberately excludes titles
 * whose canonical form collides with a plausible name token: "mm" canonicalises to "m" (an
 * initial), "ssi" to "si", "se"/"sh"/"st" are ambiguous. Those are only dropped after a comma.
 */
const ANYWHERE_TITLES = canonicalSet([
  'hj',
  'hajjah',
  'hajah',
  'drs',
  'dra',
  'spd',
  'spdi',
  'skom',
  'sag',
  'amd',
  'mpd',
]);

/**
 * Academic/honorific titles recognised after the first comma ("Siti Aminah, S.Pd., M.Pd").
 * Compared on the raw letters of a comma segment with dots and spaces squeezed out, so "S. Pd",
 * "S.Pd" and "SPd" all match; not canonicalised because the comma context already makes them safe.
 */
const COMMA_TITLES: ReadonlySet<string> = new Set([
  'h',
  'hj',
  'haji',
  'hajjah',
  'hajah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'phd',
  'bsc',
  'ners',
  'spd',
  'spdi',
  'se',
  'sei',
  'sh',
  'shi',
  'st',
  'sth',
  'stp',
  'skom',
  'sag',
  'ssos',
  'sip',
  'ssi',
  'skm',
  'skep',
  'sked',
  'sfarm',
  'sp',
  'spt',
  'sikom',
  'sds',
  'ssn',
  'sak',
  'ak',
  'amd',
  'amdkep',
  'amdkeb',
  'amk',
  'mm',
  'mpd',
  'msi',
  'mh',
  'mkes',
  'mkom',
  'mag',
  'mt',
  'ma',
  'mba',
  'mak',
  'msc',
]);

// Expansions are keyed and valued canonically so their output is already a fixpoint.
const EXPANSIONS: ReadonlyMap<string, string> = new Map(
  (
    [
      ...[
        'muh',
        'moh',
        'mhd',
        'muhd',
        'mohd',
        'md',
        'mochammad',
        'mochamad',
        'muchammad',
        'muchamad',
        'mohammad',
        'mohamad',
        'mohamed',
        'mokhammad',
        'mukhammad',
        'muhamad',
        'muhammad',
      ].map((k) => [k, 'muhammad'] as const),
      ['dg', 'daeng'],
      ['abd', 'abdul'],
    ] as const
  ).map(([k, v]) => [canonicalSpelling(k), canonicalSpelling(v)] as const),
);

const A_KEY = 'a';
const ANDI = canonicalSpelling('andi');
const ST_KEY = 'st';
const SITI = canonicalSpelling('siti');

/** Drops recognised titles from everything after the first comma; keeps anything else found there. */
function stripCommaTitles(tail: string): string {
  let kept = '';
  for (const segment of tail.split(',')) {
    if (COMMA_TITLES.has(segment.replace(NON_LETTER, ''))) continue;
    for (const word of segment.trim().split(WHITESPACE)) {
      if (word === '' || COMMA_TITLES.has(word.replace(NON_LETTER, ''))) continue;
      kept += ` ${word}`;
    }
  }
  return kept;
}

/**
 * Canonical form of a person's name for storage (`name_norm`) and comparison.
 *
 * Output contains only `a`–`z` and single spaces, tokens in their original order, and
 * `normalizeName(normalizeName(x)) === normalizeName(x)`.
 *
 * Rules, in order:
 * 1. Apostrophes/backticks removed (Pa'jukukang → pajukukang); NFKD, diacritics stripped, lowercased.
 * 2. After the first comma, segments that are titles (S.Pd, S.T., M.M., Hj …) are dropped.
 * 3. Other punctuation and digits become spaces; orthography is canonicalised (see ORTHO_RULES).
 * 4. Titles dropped: unambiguous ones (hj, drs, spd …) anywhere; h/haji/dr/ir/prof only while
 *    leading; a final `st` of a multi-token name is the S.T. degree written without a comma.
 *    A title is never dropped if it is the only token left, so a bare "Haji" stays searchable.
 * 5. Abbreviations expanded: Muh./Moh./Mhd./Md./Mohammad … → muhammad, Dg. → daeng,
 *    Abd. → abdul, St. → siti, and "A." → andi when another token follows (a final "A" is an
 *    initial). The expansions then carry the canonical spelling (muhammad → "muhamad").
 */
export function normalizeName(raw: string): string {
  let s = raw.replace(APOSTROPHES, '').normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  const comma = s.indexOf(',');
  if (comma >= 0) s = s.slice(0, comma) + stripCommaTitles(s.slice(comma + 1));
  s = canonicalSpelling(s.replace(NON_LETTER_OR_SPACE, ' '));

  let tokens = s.split(WHITESPACE).filter((t) => t !== '');
  const withoutTitles = tokens.filter((t) => !ANYWHERE_TITLES.has(t));
  if (withoutTitles.length > 0) tokens = withoutTitles;
  let start = 0;
  while (tokens.length - start > 1 && LEADING_HONORIFICS.has(tokens[start]!)) start++;
  let end = tokens.length;
  while (end - start > 1 && tokens[end - 1] === ST_KEY) end--;

  let out = '';
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const word = t === A_KEY ? (i + 1 < end ? ANDI : t) : t === ST_KEY ? SITI : (EXPANSIONS.get(t) ?? t);
    out = out === '' ? word : `${out} ${word}`;
  }
  return out;
}

/**
 * The value to bind as `$q` in `where $q <% name_norm order by word_similarity($q, name_norm)`.
 * Identical to {@link normalizeName}: the query must go through exactly the same rules as the
 * stored column or trigram similarity compares different alphabets. Kept as its own export so call
 * sites say which side of the comparison they produce.
 */
export function nameSearchKey(raw: string): string {
  return normalizeName(raw);
}

/**
 * Optimal-string-alignment Damerau–Levenshtein distance (adjacent transposition counts as one
 * edit, the common typing slip "Aminha"), abandoned early once it must exceed `max`.
 */
function editDistanceWithin(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = Array.from({ length: lb + 1 }, (_, j) => j);
  let cur = new Array<number>(lb + 1).fill(0);
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb]!;
}

/**
 * Similarity of one query token to one candidate token. Edit tolerance needs length because one
 * edit between short tokens (ali/adi) is a different name, not a typo.
 */
function tokenScore(q: string, c: string): number {
  if (q === c) return 1;
  if (q.length >= 3 && c.startsWith(q)) return 0.9;
  const shorter = Math.min(q.length, c.length);
  if (shorter < 4) return 0;
  const max = shorter >= 8 ? 2 : 1;
  const d = editDistanceWithin(q, c, max);
  if (d > max) return 0;
  return d === 1 ? 0.8 : 0.7;
}

function splitTokens(s: string): string[] {
  return s.split(' ').filter((t) => t !== '');
}

/**
 * Scores how well a normalised query matches a normalised candidate name, in [0, 1].
 *
 * Both arguments must already be normalised (`nameSearchKey` / stored `name_norm`).
 *
 * - Token scores: exact 1; query token (≥ 3 letters) is a prefix of the candidate token 0.9
 *   (partial typing: "nur" → "nurhaiati"); Damerau–Levenshtein distance 1 when both tokens have
 *   ≥ 4 letters 0.8; distance 2 when both have ≥ 8 letters 0.7; otherwise 0.
 * - Assignment: pairs are taken greedily from the highest score down, each query and each
 *   candidate token used at most once. Ties break on query position then candidate token text
 *   (never candidate position), so reordering the candidate's tokens cannot change the score.
 * - `mean` = sum of assigned token scores / number of query tokens (unmatched query tokens count 0).
 * - `coverage` = (matched + 0.5 · unmatched candidate tokens) / candidate tokens, where "matched"
 *   means assigned with a score > 0. Extra candidate tokens ("siti aminah binti baso") cost a
 *   little, never more than 15 %, because registries often hold longer names than users type.
 * - score = mean · (0.85 + 0.15 · coverage).
 *
 * Returns 1 exactly when both token multisets are equal (so word order is ignored: "baso andi" vs
 * "andi baso"), and 0 if either side is empty.
 */
export function scoreNameMatch(queryNorm: string, candidateNorm: string): number {
  const q = splitTokens(queryNorm);
  const c = splitTokens(candidateNorm);
  if (q.length === 0 || c.length === 0) return 0;
  if (q.length === c.length) {
    const qs = [...q].sort();
    const cs = [...c].sort();
    if (qs.every((t, i) => t === cs[i])) return 1;
  }

  const pairs: { score: number; qi: number; ci: number }[] = [];
  for (let qi = 0; qi < q.length; qi++) {
    for (let ci = 0; ci < c.length; ci++) {
      const score = tokenScore(q[qi]!, c[ci]!);
      if (score > 0) pairs.push({ score, qi, ci });
    }
  }
  pairs.sort(
    (x, y) => y.score - x.score || x.qi - y.qi || (c[x.ci]! < c[y.ci]! ? -1 : c[x.ci]! > c[y.ci]! ? 1 : 0),
  );

  const queryUsed = new Array<boolean>(q.length).fill(false);
  const candUsed = new Array<boolean>(c.length).fill(false);
  let total = 0;
  let matched = 0;
  for (const { score, qi, ci } of pairs) {
    if (queryUsed[qi] || candUsed[ci]) continue;
    queryUsed[qi] = true;
    candUsed[ci] = true;
    total += score;
    matched++;
  }

  const mean = total / q.length;
  const coverage = (matched + 0.5 * (c.length - matched)) / c.length;
  return Math.min(1, Math.max(0, mean * (0.85 + 0.15 * coverage)));
}
