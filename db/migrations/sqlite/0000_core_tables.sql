CREATE TABLE `instruments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`definition` text NOT NULL,
	`built_in` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instruments_code_unique` ON `instruments` (`code`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`default_time_zone` text DEFAULT 'Asia/Jakarta' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `response_answers` (
	`response_id` integer NOT NULL,
	`element_code` text NOT NULL,
	`score` integer,
	PRIMARY KEY(`response_id`, `element_code`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "response_answers_score" CHECK("response_answers"."score" IS NULL OR "response_answers"."score" BETWEEN 1 AND 4)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer,
	`instrument_id` integer NOT NULL,
	`channel` text NOT NULL,
	`device_id` integer,
	`submitted_at` integer NOT NULL,
	`local_day` text NOT NULL,
	`jenis_kelamin` text,
	`usia` integer,
	`pendidikan` text,
	`pekerjaan` text,
	`pekerjaan_lainnya` text,
	`saran` text,
	`completion_seconds` real,
	`flags` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_id`) REFERENCES `instruments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "responses_channel" CHECK("responses"."channel" IN ('kiosk', 'qr', 'paper', 'online'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_client_id_unique` ON `responses` (`client_id`);--> statement-breakpoint
CREATE INDEX `responses_unit_day` ON `responses` (`unit_id`,`local_day`);--> statement-breakpoint
CREATE INDEX `responses_unit_service_day` ON `responses` (`unit_id`,`service_id`,`local_day`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`standard_days` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_unit_slug` ON `services` (`unit_id`,`slug`);--> statement-breakpoint
CREATE TABLE `survey_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`unit_id` integer,
	`name` text NOT NULL,
	`start_day` text NOT NULL,
	`end_day` text NOT NULL,
	`instrument_id` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_id`) REFERENCES `instruments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_periods_range` ON `survey_periods` (`organisation_id`,`start_day`,`end_day`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`time_zone` text DEFAULT 'Asia/Jakarta' NOT NULL,
	`address` text,
	`coverage_target` integer DEFAULT 50 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_slug_unique` ON `units` (`slug`);