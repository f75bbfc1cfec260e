import { AppError } from "../errors";

/** A public read's answer, or NOT_FOUND when there is none. */
export function orNotFound<T>(value: T | null): T {
  if (value === null) throw new AppError("NOT_FOUND");
  return value;
}
