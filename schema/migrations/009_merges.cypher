// A merged-away entity loses :Entity and its type label (so no list, count or name lookup sees it)
// and becomes :Merged; its id stays unique, and reads of it find the entity it was merged into.
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:Merged) REQUIRE n.id IS UNIQUE;
