export {
  evaluateHours,
  loadHoursEngine,
  type HoursEngine,
  MAX_VALUE_LENGTH,
  type ChangeTarget,
  type HoursOptions,
  type HoursStatus,
  type UnknownReason,
} from './hours.js';
export { formatHoursStatus, formatClock, formatClockString, formatParisTime, hoursTranslator, parisDayDifference } from './format.js';
export { weekTable, weekTableWith, type WeekInterval, type WeekRow } from './week.js';
export { regionForPostcode, departmentForPostcode, type HolidayRegion } from './region.js';
export { parisParts, parisWallTime, toParisFrame, fromParisFrame, type ParisParts } from './paris.js';
export { hoursFr, type HoursMessages } from './hours.fr.js';
export { hoursEn } from './hours.en.js';
