CREATE INDEX "search_head_idx" ON "search_documents" USING gin ("head");--> statement-breakpoint
CREATE INDEX "search_title_idx" ON "search_documents" USING gin (ts_filter("head", '{a}'));