/**
 * The constructions the statement finder (statements.ts, statements/) reads, and how a statement's speaker was
 * found, as a closed list with ids. Every statement carries two: the construction, then the speaker
 * rule (`ExtractedStatement.rules`), then any rule that read its subject (statement.subject.*,
 * statement.description.*, statement.anonymous.*), shown by `newsgraph parse --explain`.
 */

export const STATEMENT_RULES = {
  'statement.quote.marker': 'a "Quote from X:" paragraph marker and the quotation after it',
  'statement.quote.attribution-after': 'a direct quote with its attribution after the closing mark (past a role of any noun before the name: "X head coach Y said")',
  'statement.quote.role-apposition': 'a direct quote whose attribution after it names the speaker after a role between commas ("…," the club\'s sporting director, X, said)',
  'statement.quote.attribution-before': 'a direct quote with its attribution before the opening mark',
  'statement.quote.continued': "a whole-sentence quote right after a quote: the same speaker goes on",
  'statement.reported.subject-verb': 'reported speech: a subject, a reporting verb and what it reports',
  'statement.reported.relative-clause': 'reported speech in a relative clause (", which said …"): ends with the clause',
  'statement.reported.trailing': 'reported speech with the speaker and verb closing the sentence (", the ministry said."), or closing it before a subordinate clause (", the ministry said, after …")',
  'statement.reported.inverted': 'reported speech closed by an inverted attribution (", said the ministry.")',
  'statement.reported.adding-clause': '", adding that …" and the like: the main clause\'s speaker goes on ("adding" only with "that": ", adding capacity …" reports nothing)',
  'statement.reported.and-but': '"… and said …", "… but said …": the same speaker',
  'statement.noun.possessive': 'a reporting noun with its owner ("X\'s warning that …")',
  'statement.according-to': '"according to X"',
  'statement.according-to.role-then-name': '"according to" a role of lower-case words and then the name ("according to the park\'s chief warden, X", "according to the newspaper X")',
  'statement.speaker.name': 'speaker named in the sentence',
  'statement.subject.first-verb': 'the subject of the sentence\'s first verb, which reports nothing, speaks the verb after "and"/"but" ("X welcomed the deal but warned that …")',
  'statement.subject.located': 'the subject is the organization before "in"/"at" and a place or another body ("the culture ministry in X said", "the Institute of X at the Y University said")',
  'statement.subject.apposition': 'the subject is the name before an apposition of any noun phrase ("X, Britain\'s largest van maker, said"; "X, a unit of the Y, said"), never a name inside it',
  'statement.subject.led-by': 'the subject is the body a group is led by ("a team led by the X University reported"); "the team" then refers back to it',
  'statement.subject.role-then-name': 'after an inverted verb, an unknown name after lower-case role words is the speaker ("…," said opposition legislator X)',
  'statement.subject.description-then-name': 'the subject is a name after lower-case words that say what the body is, opening the clause ("…, the airport operator X said", "…, port operator X said")',
  'statement.subject.coordinated': 'two organizations coordinated by "and" open the clause before the verb ("X (XA) and the Y, which …, said", "…, X and Y said"): one statement for each',
  'statement.subject.name-and-kind': 'the subject is a name written before the noun for its kind of body ("The Tarnbund union said"): the name speaks, as an organization',
  'statement.audience.noun-phrase': 'the verb\'s audience is a common noun phrase ("told a news conference", "told a briefing in X"): what is reported is read past it (rules/audiences.ts)',
  'statement.subject.plural-bodies': 'a plural description of bodies named before ("the two companies announced", "both clubs said"), or with none named before, those the next sentence opens with ("…, their unions said. The X Union and the Y Association …"): one statement per body (rules/plural-bodies.ts)',
  'statement.subject.research-bodies': 'bare "scientists"/"researchers" as the source, and the next sentence opens with "The team"/"The study" and the bodies they are from ("…, scientists said. The team, from X and Y, …"): one statement per body (rules/plural-bodies.ts RESEARCH_GROUP_RULE)',
  'statement.speaker.pronoun': 'speaker by a pronoun: the nearest earlier speaker that fits',
  'statement.speaker.description': 'speaker by a definite description ("the ministry said", "the regulator said"; statement.description.* rules): the body of that kind that just spoke, else the last one named so',
  'statement.description.named-later': 'a description with no body of its kind named before ("…, the regulator said on Monday.") is the first one named after it, in the same or the next sentence',
  'statement.description.modified': 'a description past where the body is based or an adjective ("the Bergen-based company said", "the vice ministry said")',
  'statement.description.salient-body': 'a description of a body ("the club", "the airline", "the company", "the regulator") with no organization of its kind named before: the nearest name opening a sentence as its subject, one that has spoken first, typed an organization (rules/descriptions.ts SALIENT_BODY_RULE)',
  'statement.description.name-head': 'a description is the last organization whose name ends in its noun, or has it before its "of"/"for" ("the hospital" for "X University Hospital", "the centre" for "National Centre for X"), whatever the noun',
  'statement.speaker.marker': 'speaker named in the quote marker',
  'statement.speaker.continuation': 'speaker of the quote just before',
  'statement.speaker.according-to': 'speaker named after "according to"',
  'statement.speaker.noun': 'speaker owns the reporting noun',
  'statement.speaker.anonymous': 'an unnamed source, kept as written',
  'statement.anonymous.common-noun': 'an unnamed source headed by any common noun opening the subject: a plural ("Taxi drivers in X said", "The strikers said") or a singular after "a"/"one" ("A pharmacist in X said"); rules/anonymous-sources.ts',
  'statement.anonymous.source-of-name': 'an unnamed source headed by a common noun, then "of"/"from"/"in" and a place or a name no list types ("Residents of X said", "Elders from X said"): the name modifies the source and does not speak; rules/anonymous-sources.ts',
  'statement.anonymous.past-aside': 'an unnamed source headed by a common noun, then an aside between commas before its verb — a relative clause, an apposition, a place ("Elders from X, a village on the river, said", "Residents of X, where the taps ran dry, said"): the source speaks, not a name inside the aside; rules/anonymous-sources.ts',
  'statement.anonymous.unresolved-description': 'a description of a body that names no body of its kind before or after it ("The regional civil protection service said", "…, his office said"): an unnamed source as written, as the annotation conventions keep it',
  'statement.anonymous.official-of-description': '"A spokesperson for the agency said": an unnamed official of a body named only by a description stays anonymous, the body does not speak',
  'statement.speaker.unattributed': 'no speaker: the text itself says it',
} as const satisfies Record<string, string>;

export type StatementRuleId = keyof typeof STATEMENT_RULES;
