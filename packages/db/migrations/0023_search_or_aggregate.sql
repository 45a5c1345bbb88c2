-- Search builds each term, with its synonyms and the spellings the lexicon offers, inside one
-- statement: this aggregate joins queries with OR (the `||` of tsquery). Like `max`, it gives
-- null for no rows.
CREATE AGGREGATE "public"."tsquery_or_agg" (tsquery) (
	SFUNC = tsquery_or,
	STYPE = tsquery,
	PARALLEL = SAFE
);
