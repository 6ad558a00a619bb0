import type { Validator } from './types.js';
import { rule, validatorMessage } from './rule.js';

const LOCAL_ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const DOMAIN_LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?';
const EMAIL = new RegExp(`^(${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*)@((?:${DOMAIN_LABEL}\\.)+(?:\\p{L}[\\p{L}\\p{M}]+|xn--[a-z0-9-]+))$`, 'iu');

/**
 * Pragmatic check of an email address, meant to catch typos, not to implement RFC 5322:
 * `local@domain.tld`, no spaces, no double dot, a top-level domain of 2 letters or more.
 * - `+` and the other characters of the HTML `type=email` rule are accepted in the local part
 *   (`jean+impots@exemple.fr`);
 * - accented domains (IDN) are accepted: `contact@crêperie-bretonne.fr`;
 * - an accented local part (`prénom@exemple.fr`) is REFUSED: it is legal under RFC 6531 but
 *   almost every French mailbox (Orange, Free, Gmail, La Poste, administrations) refuses it, and
 *   people who type one nearly always mean the address without the accent. The message example
 *   (`prenom.nom@exemple.fr`) shows the fix. Browsers' `type=email` refuses it too.
 * Surrounding spaces are ignored (the browser trims them too). Flag `typeMismatch`.
 */
export function email(): Validator<string> {
  return rule<string>({
    name: 'email',
    flag: 'typeMismatch',
    test: (value) => {
      const text = value.trim().normalize('NFC');
      const match = EMAIL.exec(text);
      return Boolean(match) && text.length <= 254 && match![1]!.length <= 64;
    },
    message: (_value, context) => validatorMessage(context, 'validators.email'),
  });
}

/**
 * A full web address: `http://` or `https://`, then a host name with at least one dot
 * (`https://www.service-public.fr`, `http://exemple.fr/page?x=1`). Refuses `www.exemple.fr`
 * (no scheme), `ftp:`, `javascript:`, `https://localhost` and any space inside. Flag `typeMismatch`.
 */
export function url(): Validator<string> {
  return rule<string>({
    name: 'url',
    flag: 'typeMismatch',
    test: (value) => {
      const text = value.trim();
      if (/\s/u.test(text) || !/^https?:\/\//i.test(text)) return false;
      let parsed: URL;
      try {
        parsed = new URL(text);
      } catch {
        return false;
      }
      const host = parsed.hostname.replace(/\.$/, '');
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && /^[^.]+(?:\.[^.]+)+$/.test(host);
    },
    message: (_value, context) => validatorMessage(context, 'validators.url'),
  });
}
