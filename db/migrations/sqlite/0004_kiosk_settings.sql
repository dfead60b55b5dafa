ALTER TABLE `devices` ADD `rejected` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `pairing_codes` ADD `idle_seconds` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `pairing_codes` ADD `thanks_seconds` integer DEFAULT 8 NOT NULL;