// publishedAt keeps the time as the report wrote it (with its offset, or none). Comparing those
// strings orders reports wrongly across time zones, so every article also carries publishedMs, the
// instant in milliseconds since the epoch (a time without an offset counts as UTC), and statements
// their first and last report's instant. Sorting and "first/last seen" use these.
CREATE INDEX article_published_ms IF NOT EXISTS FOR (n:Article) ON (n.publishedMs);
CREATE INDEX statement_first_reported_ms IF NOT EXISTS FOR (n:Statement) ON (n.firstReportedMs);
MATCH (a:Article) WHERE a.publishedMs IS NULL SET a.publishedMs = datetime(a.publishedAt).epochMillis;
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
WITH s, a ORDER BY a.publishedMs, a.id
WITH s, collect(a) AS reports
SET s.firstReportedMs = head(reports).publishedMs, s.firstReportedAt = head(reports).publishedAt,
    s.lastReportedMs = last(reports).publishedMs, s.lastReportedAt = last(reports).publishedAt;
