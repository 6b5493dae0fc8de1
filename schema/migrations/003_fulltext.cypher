// Full-text search (Query.search): one Lucene index over the text a reader searches for — names
// and aliases of people, organizations, places, topics and events, article titles, statement
// text — so hits of every kind are ranked against each other. The default analyzer
// (standard-no-stop-words) keeps short words such as "the" searchable inside phrases; updates are
// transactional (not eventually consistent), so a written article is searchable at once.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Person|Organization|Place|Topic|Event|Article|Statement)
ON EACH [n.name, n.aliases, n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
