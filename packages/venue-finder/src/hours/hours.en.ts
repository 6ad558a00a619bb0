import type { Translation } from '@parvis/core';
import type { HoursMessages } from './hours.fr.js';

/** English texts of the opening hours (British English, 24-hour clock). */
export const hoursEn: Translation<HoursMessages> = {
  time: {
    hour: '{hh}:00',
    hourMinute: '{hh}:{m}',
    midnight: 'midnight',
  },
  open: {
    always: 'Open 24 hours',
    plain: 'Open',
    closesToday: 'Open · closes at {time}',
    closesTomorrow: 'Open · closes tomorrow at {time}',
    closesOn: 'Open · closes {day} at {time}',
    closesOnDate: 'Open · closes on {date} at {time}',
    untilToday: 'Open until {time}, then hours uncertain',
  },
  closed: {
    plain: 'Closed',
    opensToday: 'Closed · opens at {time}',
    opensTomorrow: 'Closed · opens tomorrow at {time}',
    opensOn: 'Closed · opens {day} at {time}',
    opensOnDate: 'Closed · opens on {date} at {time}',
  },
  unknown: {
    unparsable: 'Opening hours not recognised: “{value}”',
    uncertain: 'Opening hours to be confirmed: “{value}”',
  },
  week: {
    closed: 'Closed',
    holiday: 'public holiday',
    interval: '{from}–{to}',
    uncertain: 'hours uncertain',
  },
};
