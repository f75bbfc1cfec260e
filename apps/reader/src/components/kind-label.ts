import type { ObservationKind } from "@gongkai/domain";
import { type Lang, t } from "../i18n";

const KEYS = { actual: "kind_actual", target: "kind_target", forecast: "kind_forecast" } as const;

/** The label of a figure's kind: 实际, 目标, 预计. */
export const kindLabel = (kind: ObservationKind, lang: Lang): string => t(lang, KEYS[kind]);
