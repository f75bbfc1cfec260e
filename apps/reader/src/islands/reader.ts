// The reading pages' island: chart/table switches, copyable section links, the print button.
import { enhanceCopyLinks, enhancePrint, enhanceSwitches } from "./enhance";

enhanceSwitches(document);
enhanceCopyLinks(document);
enhancePrint(document);
