import { Translator } from '@parvis/core';
import { addressSearchEn } from './address-search.en.js';
import { addressSearchFr, type AddressSearchMessages } from './address-search.fr.js';

/** Texts of pv-address-search; host pages may `addressSearchMessages.override('fr', {…})`. */
export const addressSearchMessages = new Translator<AddressSearchMessages>({ fr: addressSearchFr, en: addressSearchEn });
