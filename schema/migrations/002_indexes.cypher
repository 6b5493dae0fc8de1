// Lookups by name (folded: case and diacritics removed), listing orders and filters.
CREATE INDEX entity_folded_name IF NOT EXISTS FOR (n:Entity) ON (n.foldedName);
CREATE INDEX topic_folded_name IF NOT EXISTS FOR (n:Topic) ON (n.foldedName);
CREATE INDEX event_folded_name IF NOT EXISTS FOR (n:Event) ON (n.foldedName);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX statement_verb IF NOT EXISTS FOR (n:Statement) ON (n.verb);
CREATE INDEX statement_first_reported IF NOT EXISTS FOR (n:Statement) ON (n.firstReportedAt);
