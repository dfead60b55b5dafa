CREATE TABLE `browser_days` (
	`unit_id` integer NOT NULL,
	`local_day` text NOT NULL,
	`browser_id` text NOT NULL,
	`responses` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`unit_id`, `local_day`, `browser_id`)
);
--> statement-breakpoint
CREATE TABLE `devices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer,
	`name` text NOT NULL,
	`credential_hash` text NOT NULL,
	`exit_pin_hash` text,
	`idle_seconds` integer DEFAULT 60 NOT NULL,
	`thanks_seconds` integer DEFAULT 8 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`last_seen_at` integer,
	`waiting` integer DEFAULT 0 NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_credential_hash_unique` ON `devices` (`credential_hash`);--> statement-breakpoint
CREATE TABLE `pairing_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer,
	`device_name` text NOT NULL,
	`exit_pin_hash` text,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`device_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pairing_codes_code_hash_unique` ON `pairing_codes` (`code_hash`);--> statement-breakpoint
CREATE TABLE `survey_tokens` (
	`token` text PRIMARY KEY NOT NULL,
	`unit_id` integer NOT NULL,
	`service_id` integer,
	`batch` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`used_at` integer,
	`response_client_id` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_tokens_batch` ON `survey_tokens` (`unit_id`,`batch`);--> statement-breakpoint
ALTER TABLE `units` ADD `responses_per_browser_per_day` integer DEFAULT 1 NOT NULL;