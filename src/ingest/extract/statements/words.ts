

/**
 * Closed word lists the attribution rules read. They are kept together because several
 * constructions share them (the adjunct gerunds end a reported clause and start a continued one).
 */

export const SKIP_BEFORE_VERB = new Set([
  'has', 'have', 'had', 'will', 'would', 'also', 'further', 'previously', 'reportedly', 'repeatedly', 'again', 'continues',
  'continue', 'continued', 'to', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'been', 'be', 'not', 'later', 'then',
  'publicly', 'recently', 'earlier', 'separately', 'consistently', 'already', 'once', 'however', 'meanwhile', 'can',
  'could', 'may', 'might', 'should', 'must', 'still', 'now', 'openly', 'explicitly', 'categorically',
]);
export const ADJUNCT_GERUNDS = new Set(['finding', 'concluding', 'citing', 'adding', 'saying', 'noting', 'stressing', 'warning', 'claiming', 'insisting', 'according', 'stating', 'explaining', 'emphasising', 'emphasizing', 'arguing']);
export const OBJECT_VERBS = new Set(['accuse', 'announce', 'confirm', 'emphasise', 'emphasize', 'stress', 'highlight', 'underline', 'underscore', 'deny', 'reiterate', 'acknowledge', 'admit', 'unveil', 'reveal', 'pledge', 'promise', 'estimate', 'claim', 'note', 'vow', 'declare', 'threaten']);
export const ADJUNCT_STARTS = new Set(['on', 'in', 'at', 'during', 'late', 'earlier', 'today', 'yesterday', 'last', 'via', 'through', 'to', 'after', 'before', 'when', 'while', 'from', 'overnight', 'this', 'shortly']);
export const ANON_MODIFIERS = new Set([
  'senior', 'top', 'western', 'military', 'government', 'security', 'intelligence', 'european', 'us', 'ukrainian', 'russian',
  'aid', 'local', 'diplomatic', 'foreign', 'independent', 'unnamed', 'anonymous', 'high-ranking', 'environmental', 'industry',
  'ministry', 'defence', 'defense', 'police', 'health', 'rescue', 'humanitarian', 'administration', 'white', 'house', 'eu', 'un',
]);
export const HE = new Set(['he', 'him']);
export const SHE = new Set(['she', 'her']);
export const IT = new Set(['it', 'they']);

/**
 * Words that open an apposition after a name ("X, a fisherman in …,", "X, one of the four members
 * who …,", "X, its parent company,"): a determiner or a quantifier. A possessive ("Britain's
 * largest …", "the country's …") opens one too (statements/appositions.ts).
 */
export const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one', 'its', 'their', 'his', 'her', 'another', 'both', 'part', 'home', 'once', 'now', 'formerly', 'then']);
/** Relative words after which an apposition may hold a finite verb ("the group that collected …"). */
export const APPOSITION_RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where', 'whom']);
/** Conjunctions opening a clause after a closing attribution ("…, the ministry said, after cases doubled"): the attribution ends before them. */
export const TRAILING_CLAUSE_OPENERS = new Set(['after', 'as', 'while', 'because', 'when', 'before', 'despite', 'since', 'following', 'amid', 'although', 'though', 'with']);
/** Gerunds of a main clause's speaker that report only before "that" (", adding that …", not ", adding 30 trains a day"). */
export const GERUNDS_NEEDING_THAT = new Set(['add']);
