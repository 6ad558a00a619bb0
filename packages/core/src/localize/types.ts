/** A plural message: picked with `Intl.PluralRules` on the `count` parameter. */
export interface PluralMessage {
  zero?: string;
  one: string;
  other: string;
}

/** A message is plain text with `{name}` placeholders, or a plural message. */
export type Message = string | PluralMessage;

/** A catalogue: nested sections of messages, the same shape in every locale. */
export interface Catalogue {
  [key: string]: Message | Catalogue;
}

/** Locales Parvis ships catalogues for. French is the default. */
export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

/** BCP 47 tags used for `Intl` formatting. */
export const INTL_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Every public service in scope runs on French time. */
export const TIME_ZONE = 'Europe/Paris';

/** Keys of a catalogue as dotted paths ("error.prefix"), for typed lookups. */
export type MessageKey<C, P extends string = ''> = {
  [K in keyof C & string]: C[K] extends Message
    ? `${P}${K}`
    : MessageKey<C[K], `${P}${K}.`>;
}[keyof C & string];

/** The same shape with every text widened to string, so a translation can be typed against French. */
export type Translation<C> = {
  [K in keyof C]: C[K] extends string ? string : C[K] extends PluralMessage ? PluralMessage : Translation<C[K]>;
};

export type MessageParams = Record<string, string | number>;
