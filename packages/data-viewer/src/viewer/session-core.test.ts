import { expect } from '@open-wc/testing';
import { SessionCore } from './session-core.js';
import { SAMPLE_CSV, SAMPLE_SCHEMA, SAMPLE_WITH_ERRORS } from './viewer.examples.js';

const blob = (text: string) => ({ blob: new Blob([text]) });

describe('SessionCore (the work of a data session, in the worker or the page)', () => {
  it('builds the sort order of one column per call while idle, then says there is none left', async () => {
    const core = new SessionCore();
    const summary = await core.open(blob(SAMPLE_CSV), {});
    let calls = 1;
    while (core.prepareNext()) calls += 1;
    // a sort order, then the search text, of each column
    expect(calls).to.equal(summary.columns.length * 2);
    expect(core.prepareNext()).to.equal(false);
    // prepared orders give the same results
    core.query({ sort: [{ column: 3, direction: 'descending' }] });
    expect(core.rows(0, 1)[0]![0]).to.equal('Compagnie Théâtre en Herbe');
  });

  it('words the notes of the invalid cells of a window, in the order shown', async () => {
    const core = new SessionCore();
    const summary = await core.open(blob(SAMPLE_WITH_ERRORS), { schema: SAMPLE_SCHEMA });
    expect(summary.schema!.invalid).to.equal(2);
    core.query({});
    const notes = core.notes(0, 10);
    expect(notes.map((n) => [n.row, n.column])).to.deep.equal([[1, 3], [3, 2]]);
    expect(notes[0]!.fr).to.equal('« 2 300,50 € » n’est pas un nombre.');
    expect(notes[0]!.en).to.equal('“2 300,50 €” is not a number.');
    // sorted by postcode, the short one comes first and its note with it
    core.query({ sort: [{ column: 2, direction: 'ascending' }] });
    expect(core.notes(0, 1)).to.deep.equal([{ row: 0, column: 2, fr: '« 8618 » n’a pas la forme attendue pour cette colonne.', en: '“8618” does not have the expected form for this column.' }]);
  });
});
