import { expect } from '@open-wc/testing';
// Only named.ts: the table of named validators (registry.ts) is NOT loaded yet in this page, as in
// the script-tag bundle where it is a chunk loaded on demand.
import { lazyValidator, loadNamedValidators, validatorsFromAttribute } from './named.js';
import type { ValidationContext } from './types.js';

const context: ValidationContext = { label: 'SIRET', locale: 'fr' };

describe('validatorsFromAttribute before the table is loaded', () => {
  it('stands in with deferred rules that load the table, then answer', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const [siret, unknown] = validatorsFromAttribute('siret inconnu');
      const minimum = lazyValidator('min', 3);
      const early = minimum.check('2', { label: 'Nombre', locale: 'fr' });
      expect(early).to.be.instanceOf(Promise);
      expect(siret!.name).to.equal('siret');
      expect(siret!.message('', context)).to.equal('');
      const pending = siret!.check('552 100 554 00022', context);
      expect(pending).to.be.instanceOf(Promise);
      expect(await pending).to.equal(false);
      expect(siret!.flag).to.equal('patternMismatch');
      expect(siret!.message('552 100 554 00022', context)).to.contain('14 chiffres');
      expect(await early).to.equal(false);
      expect(minimum.message('2', { label: 'Nombre', locale: 'fr' })).to.contain('3');
      // once loaded, the stand-in answers synchronously
      expect(siret!.check('552 100 554 00021', context)).to.equal(true);
      // an unknown name passes and is reported once the table is known
      expect(await unknown!.check('x', context)).to.equal(true);
      expect(warnings.some((w) => w.includes('validate="inconnu"'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('hands out the real validators synchronously once the table is loaded', async () => {
    await loadNamedValidators();
    const [postcode] = validatorsFromAttribute('postcode');
    expect(postcode!.check('6900', { label: 'Code postal', locale: 'fr' })).to.equal(false);
    expect(postcode!.check('69001', { label: 'Code postal', locale: 'fr' })).to.equal(true);
  });
});

describe('lazyValidator', () => {
  it('gives min and max with their limit, synchronously once loaded', async () => {
    const at = { label: 'Nombre', locale: 'fr' as const };
    const rule = lazyValidator('min', 3);
    expect(rule.check('2', at)).to.equal(false);
    expect(rule.message('2', at)).to.contain('3');
    const loaded = lazyValidator('max', 10);
    expect(loaded.check('12', at)).to.equal(false);
    expect(loaded.check('10', at)).to.equal(true);
  });
});
