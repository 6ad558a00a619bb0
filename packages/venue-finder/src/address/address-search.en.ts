import type { Translation } from '@parvis/core';
import type { AddressSearchMessages } from './address-search.fr.js';

/** English texts of pv-address-search. */
export const addressSearchEn: Translation<AddressSearchMessages> = {
  label: 'Address or town',
  hint: 'Type at least 3 characters, then choose an address in the list, or use the “Near me” button.',
  hintNoNearMe: 'Type at least 3 characters, then choose an address in the list.',
  nearMe: 'Near me',
  clear: 'Clear',
  clearLabel: 'Clear the address',
  listLabel: 'Suggested addresses',
  suggestions: {
    zero: 'No address found. Check the spelling or type the name of the town.',
    one: '{count} address suggested',
    other: '{count} addresses suggested',
  },
  devicePosition: 'Your position',
  locating: 'Finding your position…',
  located: 'Your position is used.',
  errors: {
    rateLimited: {
      one: 'Too many address searches in a short time. Wait {count} second, then go on typing.',
      other: 'Too many address searches in a short time. Wait {count} seconds, then go on typing.',
    },
    unavailable: 'The address service is temporarily unavailable. Try again later.',
    network: 'The address service cannot be reached. Check your connection, then try again.',
    timeout: 'The address service does not answer. Try again in a moment.',
    badAnswer: 'The address service sent an answer that cannot be read. Try again later.',
    denied: 'You did not allow access to your position. Type an address or a town instead.',
    positionUnavailable: 'Your position could not be found. Type an address or a town instead.',
    positionTimeout: 'Finding your position took too long. Try again or type an address.',
    unsupported: 'This browser cannot find your position. Type an address or a town.',
  },
};
