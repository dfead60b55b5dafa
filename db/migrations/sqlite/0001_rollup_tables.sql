CREATE TABLE `answer_tallies` (
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`channel` text NOT NULL,
	`grain` text NOT NULL,
	`bucket` text NOT NULL,
	`element_code` text NOT NULL,
	`n1` integer DEFAULT 0 NOT NULL,
	`n2` integer DEFAULT 0 NOT NULL,
	`n3` integer DEFAULT 0 NOT NULL,
	`n4` integer DEFAULT 0 NOT NULL,
	`blank` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `grain`, `channel`, `service_id`, `bucket`, `element_code`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `response_rollups` (
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`channel` text NOT NULL,
	`grain` text NOT NULL,
	`bucket` text NOT NULL,
	`respondents` integer DEFAULT 0 NOT NULL,
	`flagged_fast` integer DEFAULT 0 NOT NULL,
	`flagged_straightline` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `grain`, `channel`, `service_id`, `bucket`)
) WITHOUT ROWID;
