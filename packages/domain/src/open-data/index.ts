// The public output shapes: what the public read service, the reader and the open data (`/api/v1`) answer.
export * from "./api-error";
export * from "./directory";
export * from "./indicator-entry";
export * from "./indicator-page";
export * from "./instant";
export * from "./json-schema";
export * from "./observation-point";
export * from "./promise-entry";
export * from "./public-report";
export * from "./publication-event";
export * from "./report-entry";
export * from "./report-summary";
export * from "./search-result";
export * from "./series";
export * from "./sitemap";
export * from "./snippet";
export * from "./township-page";
