/**
 * French texts of the opening hours: the reference catalogue, its shape types English.
 * French typography: no-break spaces in "9 h", "12 h 30", "24 h/24", before « : » and inside « ».
 */
export const hoursFr = {
  time: {
    hour: '{h}\u00a0h',
    hourMinute: '{h}\u00a0h\u00a0{m}',
    midnight: 'minuit',
  },
  open: {
    always: 'Ouvert 24\u00a0h/24',
    plain: 'Ouvert',
    closesToday: 'Ouvert · ferme à {time}',
    closesTomorrow: 'Ouvert · ferme demain à {time}',
    closesOn: 'Ouvert · ferme {day} à {time}',
    closesOnDate: 'Ouvert · ferme le {date} à {time}',
    untilToday: 'Ouvert jusqu’à {time}, ensuite horaires incertains',
  },
  closed: {
    plain: 'Fermé',
    opensToday: 'Fermé · ouvre à {time}',
    opensTomorrow: 'Fermé · ouvre demain à {time}',
    opensOn: 'Fermé · ouvre {day} à {time}',
    opensOnDate: 'Fermé · ouvre le {date} à {time}',
  },
  unknown: {
    unparsable: 'Horaires non reconnus\u00a0: «\u00a0{value}\u00a0»',
    uncertain: 'Horaires à confirmer\u00a0: «\u00a0{value}\u00a0»',
  },
  week: {
    closed: 'Fermé',
    holiday: 'jour férié',
    interval: '{from} – {to}',
    uncertain: 'horaires incertains',
  },
};

export type HoursMessages = typeof hoursFr;
