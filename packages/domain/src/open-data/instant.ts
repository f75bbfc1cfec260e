import { IsoDateTime } from "../text";

/** An instant in public answers: ISO 8601 in UTC (`…Z`) in JSON; CSV and feeds write Asia/Shanghai (+08:00). */
export const Instant = IsoDateTime;
