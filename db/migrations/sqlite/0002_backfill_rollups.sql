-- Custom migration: rebuilds the rollups from the raw responses, so that responses stored before
-- 0001 are counted. It recounts everything (delete, then insert), so it is correct whatever the
-- rollup tables held before. Same four key variants as db/queries/responses/tally-keys.ts.
DELETE FROM `answer_tallies`;
--> statement-breakpoint
DELETE FROM `response_rollups`;
--> statement-breakpoint
INSERT INTO `answer_tallies` (`unit_id`, `service_id`, `channel`, `grain`, `bucket`, `element_code`, `n1`, `n2`, `n3`, `n4`, `blank`)
WITH `detail` AS (
	SELECT r.`unit_id`, coalesce(r.`service_id`, 0) AS `service_id`, r.`channel`, r.`local_day`, a.`element_code`,
		count(*) FILTER (WHERE a.`score` = 1) AS `n1`,
		count(*) FILTER (WHERE a.`score` = 2) AS `n2`,
		count(*) FILTER (WHERE a.`score` = 3) AS `n3`,
		count(*) FILTER (WHERE a.`score` = 4) AS `n4`,
		count(*) FILTER (WHERE a.`score` IS NULL) AS `blank`
	FROM `responses` r JOIN `response_answers` a ON a.`response_id` = r.`id`
	GROUP BY 1, 2, 3, 4, 5
), `keyed` AS (
	SELECT `unit_id`, `service_id`, `channel`, 'D' AS `grain`, `local_day` AS `bucket`, `element_code`, `n1`, `n2`, `n3`, `n4`, `blank` FROM `detail`
	UNION ALL SELECT `unit_id`, `service_id`, `channel`, 'M', substr(`local_day`, 1, 8) || '01', `element_code`, `n1`, `n2`, `n3`, `n4`, `blank` FROM `detail`
	UNION ALL SELECT `unit_id`, 0, '*', 'D', `local_day`, `element_code`, `n1`, `n2`, `n3`, `n4`, `blank` FROM `detail`
	UNION ALL SELECT `unit_id`, 0, '*', 'M', substr(`local_day`, 1, 8) || '01', `element_code`, `n1`, `n2`, `n3`, `n4`, `blank` FROM `detail`
)
SELECT `unit_id`, `service_id`, `channel`, `grain`, `bucket`, `element_code`, sum(`n1`), sum(`n2`), sum(`n3`), sum(`n4`), sum(`blank`)
FROM `keyed` GROUP BY 1, 2, 3, 4, 5, 6;
--> statement-breakpoint
INSERT INTO `response_rollups` (`unit_id`, `service_id`, `channel`, `grain`, `bucket`, `respondents`, `flagged_fast`, `flagged_straightline`)
WITH `detail` AS (
	SELECT `unit_id`, coalesce(`service_id`, 0) AS `service_id`, `channel`, `local_day`,
		count(*) AS `respondents`,
		count(*) FILTER (WHERE instr(',' || coalesce(`flags`, '') || ',', ',fast,') > 0) AS `flagged_fast`,
		count(*) FILTER (WHERE instr(',' || coalesce(`flags`, '') || ',', ',straightline,') > 0) AS `flagged_straightline`
	FROM `responses`
	GROUP BY 1, 2, 3, 4
), `keyed` AS (
	SELECT `unit_id`, `service_id`, `channel`, 'D' AS `grain`, `local_day` AS `bucket`, `respondents`, `flagged_fast`, `flagged_straightline` FROM `detail`
	UNION ALL SELECT `unit_id`, `service_id`, `channel`, 'M', substr(`local_day`, 1, 8) || '01', `respondents`, `flagged_fast`, `flagged_straightline` FROM `detail`
	UNION ALL SELECT `unit_id`, 0, '*', 'D', `local_day`, `respondents`, `flagged_fast`, `flagged_straightline` FROM `detail`
	UNION ALL SELECT `unit_id`, 0, '*', 'M', substr(`local_day`, 1, 8) || '01', `respondents`, `flagged_fast`, `flagged_straightline` FROM `detail`
)
SELECT `unit_id`, `service_id`, `channel`, `grain`, `bucket`, sum(`respondents`), sum(`flagged_fast`), sum(`flagged_straightline`)
FROM `keyed` GROUP BY 1, 2, 3, 4, 5;
