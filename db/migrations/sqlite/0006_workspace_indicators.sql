CREATE TABLE `profile_rollups` (
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`channel` text NOT NULL,
	`grain` text NOT NULL,
	`bucket` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`respondents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `grain`, `channel`, `service_id`, `bucket`, `field`, `value`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `calendar_edits` (
	`organisation_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	`type` text,
	`note` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `date`, `kind`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `complaint_deadlines` (
	`unit_id` integer NOT NULL,
	`grade` text NOT NULL,
	`working_days` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `grade`),
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "complaint_deadlines_days" CHECK("complaint_deadlines"."working_days" >= 1)
);
--> statement-breakpoint
CREATE TABLE `complaint_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`complaint_id` integer NOT NULL,
	`status` text NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`note` text,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaint_events_complaint` ON `complaint_events` (`complaint_id`,`at`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer,
	`channel` text NOT NULL,
	`received_at` integer NOT NULL,
	`category` text NOT NULL,
	`grade` text NOT NULL,
	`deadline_days` integer NOT NULL,
	`description` text NOT NULL,
	`consent` integer DEFAULT false NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`contact_erased_at` integer,
	`status` text DEFAULT 'received' NOT NULL,
	`responded_at` integer,
	`resolved_at` integer,
	`closed_at` integer,
	`rejected_at` integer,
	`reject_reason` text,
	`source_response_id` integer,
	`external_ref` text,
	`created_at` integer NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_unit_received` ON `complaints` (`unit_id`,`received_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_source_response` ON `complaints` (`source_response_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_external_ref` ON `complaints` (`unit_id`,`external_ref`);--> statement-breakpoint
CREATE TABLE `follow_up_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`period_id` integer,
	`element_code` text,
	`action` text NOT NULL,
	`owner` text NOT NULL,
	`due_day` text NOT NULL,
	`status` text DEFAULT 'planned' NOT NULL,
	`evidence` text,
	`completed_on` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `survey_periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_items_unit` ON `follow_up_items` (`unit_id`,`due_day`);--> statement-breakpoint
CREATE TABLE `integration_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`unit_id` integer,
	`key_hash` text NOT NULL,
	`key_prefix` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `integration_keys_key_hash_unique` ON `integration_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `served_counts` (
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`count` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `day`, `service_id`, `source`),
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "served_counts_count" CHECK("served_counts"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE `service_transactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`reference` text,
	`received_day` text NOT NULL,
	`completed_day` text,
	`source` text NOT NULL,
	`batch` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "service_transactions_order" CHECK("service_transactions"."completed_day" IS NULL OR "service_transactions"."completed_day" >= "service_transactions"."received_day")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_transactions_reference` ON `service_transactions` (`unit_id`,`reference`);--> statement-breakpoint
CREATE INDEX `service_transactions_received` ON `service_transactions` (`unit_id`,`received_day`);--> statement-breakpoint
CREATE INDEX `service_transactions_completed` ON `service_transactions` (`unit_id`,`completed_day`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `logo` blob;--> statement-breakpoint
ALTER TABLE `organisations` ADD `logo_type` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `complaint_retention_days` integer DEFAULT 365 NOT NULL;--> statement-breakpoint
-- Hand-written backfill: counts the profile of every response already stored, with the same four
-- key variants as db/queries/responses/tally-keys.ts and the age bands of survey-kit/profile
-- (AGE_BANDS); `skm tallies verify` recounts both ways.
INSERT INTO `profile_rollups` (`unit_id`, `service_id`, `channel`, `grain`, `bucket`, `field`, `value`, `respondents`)
WITH `base` AS (
	SELECT `unit_id`, coalesce(`service_id`, 0) AS `service_id`, `channel`, `local_day`,
		coalesce(`jenis_kelamin`, '-') AS `sex`,
		CASE WHEN `usia` IS NULL THEN '-' WHEN `usia` <= 19 THEN '<20' WHEN `usia` <= 29 THEN '20-29'
			WHEN `usia` <= 39 THEN '30-39' WHEN `usia` <= 49 THEN '40-49' WHEN `usia` <= 59 THEN '50-59' ELSE '60+' END AS `age`,
		coalesce(`pendidikan`, '-') AS `education`,
		coalesce(`pekerjaan`, '-') AS `occupation`
	FROM `responses`
), `detail` AS (
	SELECT `unit_id`, `service_id`, `channel`, `local_day`, 'sex' AS `field`, `sex` AS `value`, count(*) AS `n` FROM `base` GROUP BY 1, 2, 3, 4, 6
	UNION ALL SELECT `unit_id`, `service_id`, `channel`, `local_day`, 'age', `age`, count(*) FROM `base` GROUP BY 1, 2, 3, 4, 6
	UNION ALL SELECT `unit_id`, `service_id`, `channel`, `local_day`, 'education', `education`, count(*) FROM `base` GROUP BY 1, 2, 3, 4, 6
	UNION ALL SELECT `unit_id`, `service_id`, `channel`, `local_day`, 'occupation', `occupation`, count(*) FROM `base` GROUP BY 1, 2, 3, 4, 6
), `keyed` AS (
	SELECT `unit_id`, `service_id`, `channel`, 'D' AS `grain`, `local_day` AS `bucket`, `field`, `value`, `n` FROM `detail`
	UNION ALL SELECT `unit_id`, `service_id`, `channel`, 'M', substr(`local_day`, 1, 8) || '01', `field`, `value`, `n` FROM `detail`
	UNION ALL SELECT `unit_id`, 0, '*', 'D', `local_day`, `field`, `value`, `n` FROM `detail`
	UNION ALL SELECT `unit_id`, 0, '*', 'M', substr(`local_day`, 1, 8) || '01', `field`, `value`, `n` FROM `detail`
)
SELECT `unit_id`, `service_id`, `channel`, `grain`, `bucket`, `field`, `value`, sum(`n`)
FROM `keyed` GROUP BY 1, 2, 3, 4, 5, 6, 7;
