import { expect, fixture, html } from '@open-wc/testing';
import type { Group } from '../model.js';
import type { PvDataChart } from './chart.js';
import { budgetByTheme, examples, loansByYear, subsidies } from './chart.examples.js';
import { chartMessages } from './messages.js';
import { MAX_BARS, MAX_SLICES, niceTicks, prepareGroups } from './data.js';
import { formatValue } from './format.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { forcedColorsCss } from '../../../../test/helpers/media.js';
import { THEMES, themedFixture, type ThemeName } from '../../../../test/helpers/themes.js';

const root = (el: PvDataChart) => el.shadowRoot!;
const plot = (el: PvDataChart) => root(el).querySelector<SVGSVGElement>('svg.plot');
const all = (el: PvDataChart, selector: string) => Array.from(root(el).querySelectorAll<SVGElement>(selector));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const summary = (el: PvDataChart) => text(root(el).querySelector('.summary'));
const toggle = (el: PvDataChart) => root(el).querySelector<HTMLButtonElement>('button.toggle')!;

async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Renders a chart in a container of `width` px and waits for it to measure itself. */
async function chart(groups: readonly Group[], attrs: Partial<PvDataChart> = {}, width = 640): Promise<PvDataChart> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="w"><pv-data-chart></pv-data-chart></div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.querySelector('pv-data-chart')!;
  Object.assign(el, { label: 'Subventions', measureLabel: 'Montant total (€)', categoryLabel: 'Commune', unit: '€', ...attrs, groups });
  await el.updateComplete;
  await until(() => (el as unknown as { width: number }).width === width, 'the chart to measure its width');
  await el.updateComplete;
  return el;
}

/** Every shape of a category has a colour layer and a pattern layer whose pattern exists and draws something. */
function expectPatterned(el: PvDataChart, selector: string, count: number): void {
  const items = all(el, selector);
  expect(items.length).to.equal(count);
  const patterns = new Set<string>();
  for (const item of items) {
    const hatch = item.querySelector('.hatch')!;
    expect(item.querySelector('.area'), 'colour layer').to.not.equal(null);
    const id = /^url\(#(.+)\)$/.exec(hatch.getAttribute('fill') ?? '')?.[1];
    expect(id, 'pattern fill').to.be.a('string');
    const pattern = item.closest('svg')!.querySelector(`pattern[id="${id}"]`);
    expect(pattern, `pattern #${id}`).to.not.equal(null);
    expect(pattern!.querySelector('.ink'), 'pattern ink').to.not.equal(null);
    patterns.add(id!);
  }
  expect(patterns.size).to.equal(Math.min(count, 8));
}

/** No text of the chart sticks out of its box, nor the element out of its container. */
function expectInside(el: PvDataChart): void {
  const svg = plot(el)!;
  const box = svg.getBoundingClientRect();
  for (const t of Array.from(svg.querySelectorAll('text'))) {
    const r = t.getBoundingClientRect();
    expect(r.left, text(t)).to.be.at.least(box.left - 1);
    expect(r.right, text(t)).to.be.at.most(box.right + 1);
    expect(r.top, text(t)).to.be.at.least(box.top - 1);
    expect(r.bottom, text(t)).to.be.at.most(box.bottom + 1);
  }
  expect(el.scrollWidth).to.be.at.most(el.parentElement!.clientWidth);
}

/** The built value of each `--pv-color-data-N` per theme (what the token build wrote), as CSS `rgb()`. */
let dataColours: Promise<Record<string, string[]>> | undefined;
function builtDataColours(): Promise<Record<string, string[]>> {
  dataColours ??= fetch('/packages/tokens/dist/tokens.json')
    .then((r) => r.json() as Promise<{ themes: Record<string, { name: string; value: string }[]> }>)
    .then(({ themes }) =>
      Object.fromEntries(
        Object.entries(themes).map(([theme, list]) => [
          theme,
          Array.from({ length: 8 }, (_, i) => {
            const hex = list.find((t) => t.name === `--pv-color-data-${i + 1}`)?.value ?? '';
            const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
            return `rgb(${r}, ${g}, ${b})`;
          }),
        ]),
      ),
    );
  return dataColours;
}

/** A chart in a themed container (the built theme stylesheet); for its colours, so its width is not awaited. */
async function themedChart(theme: ThemeName, groups: readonly Group[], type: PvDataChart['type']): Promise<PvDataChart> {
  const el = await themedFixture<PvDataChart>(html`<pv-data-chart type=${type} label="Budget" .groups=${groups}></pv-data-chart>`, theme);
  await el.updateComplete;
  return el;
}

describe('pv-data-chart', () => {
  describeExamplesAccessible(examples);

  describe('bars', () => {
    it('draws one patterned bar per group, labelled with its value, in a named and described image', async () => {
      const el = await chart(subsidies);
      expectPatterned(el, 'g.bar', subsidies.length);
      const svg = plot(el)!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(text(root(el).getElementById(svg.getAttribute('aria-labelledby')!))).to.equal('Subventions');
      expect(root(el).getElementById(svg.getAttribute('aria-describedby')!)!.classList.contains('summary')).to.equal(true);
      expect(all(el, 'g.bar .value').map(text)).to.deep.equal(['1,2 M €', '640 k €', '415,5 k €', '212 k €', '98,8 k €', '3 400 €']);
      expect(all(el, 'g.bar .label').map(text)[0]).to.equal('Lyon');
      // Longest bar is Lyon's
      const widths = all(el, 'g.bar .area').map((r) => Number(r.getAttribute('width')));
      expect(Math.max(...widths)).to.equal(widths[0]);
    });

    it('writes a summary from the data, in French', async () => {
      const el = await chart(subsidies);
      expect(summary(el)).to.equal('Montant total (€) par commune : le plus élevé, Lyon, 1,2 million d’euros ; le plus bas, Feurs, 3 400 € ; 6 catégories.');
    });

    it('writes the summary in English with lang="en"', async () => {
      const el = await chart(subsidies, { measureLabel: 'Total amount (€)', categoryLabel: 'Town' });
      el.setAttribute('lang', 'en');
      await until(() => summary(el).startsWith('Total'), 'the English texts');
      expect(summary(el)).to.equal('Total amount (€) by town: highest, Lyon, €1.2 million; lowest, Feurs, €3,400; 6 categories.');
      expect(text(toggle(el))).to.equal('Show the data');
    });

    it('puts the zero axis between negative and positive bars', async () => {
      const el = await chart([
        { label: 'Recettes', value: 5000, count: 1 },
        { label: 'Dépenses', value: -3000, count: 1 },
      ]);
      const zero = Number(all(el, 'line.axis')[0]!.getAttribute('x1'));
      const [plus, minus] = all(el, 'g.bar .area');
      expect(Number(plus!.getAttribute('x'))).to.be.closeTo(zero, 0.2);
      expect(Number(minus!.getAttribute('x')) + Number(minus!.getAttribute('width'))).to.be.closeTo(zero, 0.2);
      expect(text(all(el, 'g.bar .value')[1])).to.equal('-3 000 €');
      expect(summary(el)).to.contain('le plus bas, Dépenses, -3 000 €');
    });

    it('leaves out values that are not numbers, and says so', async () => {
      const el = await chart([...subsidies, { label: 'Inconnue', value: Number.NaN, count: 3 }, { label: 'Infinie', value: Infinity, count: 1 }]);
      expect(all(el, 'g.bar').length).to.equal(subsidies.length);
      expect(summary(el)).to.contain('2 valeurs non numériques ont été ignorées.');
    });

    it('gathers the smallest of 200 groups in "Autres"', async () => {
      const many = Array.from({ length: 200 }, (_, i) => ({ label: `Commune ${i + 1}`, value: 1000 - i, count: 1 }));
      const el = await chart(many);
      const bars = all(el, 'g.bar');
      expect(bars.length).to.equal(MAX_BARS);
      expect(text(bars.at(-1)!.querySelector('.label'))).to.equal('Autres');
      const rest = many.slice(MAX_BARS - 1).reduce((s, g) => s + g.value, 0);
      toggle(el).click();
      await el.updateComplete;
      const lastRow = Array.from(root(el).querySelectorAll('tbody tr')).at(-1)!;
      expect(text(lastRow.querySelector('th'))).to.equal('Autres');
      expect(text(lastRow.querySelector('td'))).to.equal(`${rest.toLocaleString('fr-FR')} €`.replace(/[\u00a0\u202f]/g, ' '));
      expect(summary(el)).to.contain(`Les ${MAX_BARS - 1} plus grandes catégories sur 200 sont montrées`);
    });

    it('draws one bar, and huge numbers, without NaN in the geometry', async () => {
      const one = await chart([{ label: 'Lyon', value: 42, count: 1 }]);
      expect(all(one, 'g.bar').length).to.equal(1);
      expect(summary(one)).to.equal('Montant total (€) par commune : Lyon, 42 €.');
      const huge = await chart([
        { label: 'A', value: 9e15, count: 1 },
        { label: 'B', value: 1e300, count: 1 },
        { label: 'C', value: -1e300, count: 1 },
      ]);
      expect(all(huge, 'g.bar').length).to.equal(3);
      const attrs = Array.from(plot(huge)!.querySelectorAll('*')).flatMap((n) => Array.from(n.attributes).map((a) => a.value));
      expect(attrs.filter((v) => /NaN|Infinity/.test(v))).to.deep.equal([]);
    });
  });

  describe('line', () => {
    it('draws one point per group on a line, in order', async () => {
      const el = await chart(loansByYear, { type: 'line', measureLabel: 'Nombre de prêts', categoryLabel: 'Année', unit: '' });
      expect(all(el, 'g.point').length).to.equal(loansByYear.length);
      expect(all(el, 'g.point circle.marker').length).to.equal(loansByYear.length);
      expect(root(el).querySelector('path.trend')!.getAttribute('d')!.match(/[ML]/g)!.length).to.equal(loansByYear.length);
      const xs = all(el, 'circle.marker').map((c) => Number(c.getAttribute('cx')));
      expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
      expect(summary(el)).to.equal(
        'Nombre de prêts par année, de 2017 à 2024 : 1 820 au départ, 2 530 à la fin ; le plus élevé, 2024, 2 530 ; le plus bas, 2020, 1 320 ; 8 points.',
      );
    });

    it('keeps every one of 200 points on the line', async () => {
      const many = Array.from({ length: 200 }, (_, i) => ({ label: String(1800 + i), value: i * i, count: 1 }));
      const el = await chart(many, { type: 'line' });
      expect(root(el).querySelector('path.trend')!.getAttribute('d')!.match(/[ML]/g)!.length).to.equal(200);
    });
  });

  describe('pie', () => {
    it('draws one patterned slice per group, with percentages and a legend', async () => {
      const el = await chart(subsidies, { type: 'pie' });
      expectPatterned(el, 'g.slice', subsidies.length);
      const legend = Array.from(root(el).querySelectorAll('.legend li'));
      expect(legend.length).to.equal(subsidies.length);
      expect(legend.every((li) => li.querySelector('svg.swatch pattern .ink'))).to.equal(true);
      expect(text(legend[0])).to.equal('Lyon : 1 200 000 € (46,7 %)');
      expect(all(el, '.slice-label').map(text)[0]).to.equal('46,7 %');
      expect(summary(el)).to.contain('le plus élevé, Lyon, 1,2 million d’euros (46,7 %)');
      expect(summary(el)).to.contain('Total : 2,6 millions d’euros.');
    });

    it('draws a single group as a whole disc', async () => {
      const el = await chart([{ label: 'Lyon', value: 5, count: 1 }], { type: 'pie' });
      expect(all(el, 'g.slice circle.area').length).to.equal(1);
    });

    it('refuses negative values with a message, and still shows the data', async () => {
      const el = await chart([...subsidies, { label: 'Remboursement', value: -500, count: 1 }], { type: 'pie' });
      expect(plot(el)).to.equal(null);
      expect(text(root(el).querySelector('.message'))).to.contain('ne peut pas montrer de valeurs négatives');
      toggle(el).click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('tbody tr').length).to.equal(subsidies.length + 1);
    });

    it('gathers groups beyond the slices a pie can show', async () => {
      const many = Array.from({ length: 30 }, (_, i) => ({ label: `G${i}`, value: 30 - i, count: 1 }));
      const el = await chart(many, { type: 'pie' });
      expect(all(el, 'g.slice').length).to.equal(MAX_SLICES);
    });
  });

  it('says when there is nothing to draw', async () => {
    for (const groups of [[], [{ label: 'X', value: Number.NaN, count: 1 }]]) {
      const el = await chart(groups);
      expect(plot(el)).to.equal(null);
      expect(text(root(el).querySelector('.message'))).to.contain('Aucune donnée à représenter.');
    }
  });

  it('"Voir les données" switches to a table of the same numbers, and back', async () => {
    const el = await chart(subsidies, { type: 'pie' });
    const button = toggle(el);
    expect(text(button)).to.equal('Voir les données');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(plot(el)).to.equal(null);
    const table = root(el).querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Subventions');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
      ['Commune', 'col'],
      ['Montant total (€)', 'col'],
      ['Part', 'col'],
    ]);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.querySelector('th[scope="row"]')!.textContent)).to.deep.equal(subsidies.map((g) => g.label));
    expect(rows.map((r) => text(r.querySelector('td')))).to.deep.equal(subsidies.map((g) => `${g.value.toLocaleString('fr-FR')} €`.replace(/[\u00a0\u202f]/g, ' ')));
    expect(text(rows[0]!.querySelectorAll('td')[1])).to.equal('46,7 %');
    button.click();
    await el.updateComplete;
    expect(plot(el)).to.not.equal(null);
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('shows hostile labels as text, in the chart and the table', async () => {
    const isPwned = installCanary();
    const strings = (await naughtyStrings()).filter((s) => s.trim()).slice(0, 400);
    for (let start = 0; start < strings.length; start += 20) {
      const batch = strings.slice(start, start + 20);
      const groups = batch.map((label, i) => ({ label, value: i + 1, count: 1 }));
      for (const type of ['bar', 'pie', 'line'] as const) {
        const el = await chart(groups, { type, label: batch[0]!, categoryLabel: batch[1]!, measureLabel: batch[2]! });
        expect(root(el).querySelectorAll('script, img, iframe, object, embed, a, [onerror], [onload]').length, type).to.equal(0);
        if (type === 'line') {
          const tips = all(el, 'g.point > title').map((t) => t.textContent);
          expect(tips.map((t) => t!.slice(0, t!.lastIndexOf(' : ')))).to.deep.equal(batch);
          el.showData = true;
          await el.updateComplete;
          expect(Array.from(root(el).querySelectorAll('tbody th')).map((th) => th.textContent)).to.deep.equal(batch);
        }
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(isPwned()).to.equal(false);
  });

  it('reflows at 320 px: labels above the bars, nothing wider than the screen', async () => {
    const el = await chart(subsidies, {}, 320);
    const svg = plot(el)!;
    expectInside(el);
    expect(svg.getAttribute('viewBox')!.split(' ')[2]).to.equal('320');
    const box = svg.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(320);
    for (const bar of all(el, 'g.bar')) {
      const label = bar.querySelector('.label')!.getBoundingClientRect();
      const area = bar.querySelector('.area')!.getBoundingClientRect();
      // (Firefox counts the 2 px halo of the label in its box.)
      expect(label.bottom).to.be.at.most(area.top + 3);
    }
  });

  it('keeps every text of a line or pie inside 320 px', async () => {
    for (const type of ['line', 'pie'] as const) {
      expectInside(await chart(type === 'line' ? loansByYear : subsidies, { type }, 320));
    }
  });

  describe('colours come from the chart palette tokens', () => {
    for (const theme of THEMES) {
      it(`slices, swatches, bars and the line use --pv-color-data-1…8 (${theme})`, async () => {
        const expected = (await builtDataColours())[theme]!;
        expect(new Set(expected).size, `8 distinct colours built for ${theme}`).to.equal(8);
        const fill = (node: Element) => getComputedStyle(node).fill;

        const pie = await themedChart(theme, budgetByTheme, 'pie');
        expect(all(pie, 'g.slice .area').map(fill)).to.deep.equal(expected);
        expect(all(pie, '.legend svg.swatch .area').map(fill)).to.deep.equal(expected);

        // Past eight bars the colours start again, the patterns shifted by one.
        const ten = [...budgetByTheme, { label: 'Voirie', value: 20_000, count: 2 }, { label: 'Santé', value: 12_000, count: 1 }];
        const bars = await themedChart(theme, ten, 'bar');
        expect(all(bars, 'g.bar .area').map(fill)).to.deep.equal([...expected, expected[0], expected[1]]);

        const line = await themedChart(theme, loansByYear, 'line');
        expect(getComputedStyle(root(line).querySelector('path.trend')!).stroke).to.equal(expected[0]);
        expect(all(line, 'circle.marker').map(fill).every((c) => c === expected[0])).to.equal(true);
      });
    }

    it('gives every bar of 25 its own pair of colour and pattern', async () => {
      const many = Array.from({ length: 25 }, (_, i) => ({ label: `Commune ${i + 1}`, value: 1000 - i, count: 1 }));
      const el = await chart(many);
      const pairs = all(el, 'g.bar').map((bar) => {
        const colour = Array.from(bar.querySelector('.area')!.classList).find((c) => /^c\d$/.test(c));
        return `${colour} ${bar.querySelector('.hatch')!.getAttribute('fill')}`;
      });
      expect(pairs.length).to.equal(25);
      expect(new Set(pairs).size).to.equal(25);
    });
  });

  it('keeps to its patterns and system colours in forced-colours mode', async () => {
    const el = await chart(subsidies);
    const css = forcedColorsCss(el).replace(/\s+/g, ' ');
    expect(css).to.match(/\.area \{ fill: canvas; stroke: canvastext; \}/i);
    expect(css).to.match(/\.ink \{ stroke: canvastext; \}/i);
    expect(css).to.match(/\.marker \{ fill: canvastext; stroke: canvas; \}/i);
    // The palette tokens give way: no series colour is left in forced colours.
    expect(css).to.not.contain('--pv-color-data');
    // Every hatch layer paints a pattern, not a colour.
    expect(all(el, '.hatch').every((h) => h.getAttribute('fill')!.startsWith('url(#'))).to.equal(true);
  });

  it('has no style attribute anywhere (strict CSP)', async () => {
    for (const type of ['bar', 'line', 'pie'] as const) {
      const el = await chart(subsidies, { type });
      expect(root(el).querySelectorAll('[style]').length).to.equal(0);
    }
  });

  it('lets the page change its texts', async () => {
    chartMessages.override('fr', { chart: { showData: 'Afficher le tableau' } });
    try {
      const el = await chart(subsidies);
      expect(text(toggle(el))).to.equal('Afficher le tableau');
    } finally {
      chartMessages.override('fr', { chart: { showData: 'Voir les données' } });
    }
  });

  it('refuses a pie of zeros with a message', async () => {
    const el = await chart([{ label: 'A', value: 0, count: 1 }, { label: 'B', value: 0, count: 2 }], { type: 'pie' });
    expect(plot(el)).to.equal(null);
    expect(text(root(el).querySelector('.message'))).to.contain('Toutes les valeurs sont nulles');
  });

  it('tells the page when "Voir les données" is switched', async () => {
    const el = await chart(subsidies);
    const seen: boolean[] = [];
    el.addEventListener('pv-chart-view', (e) => seen.push((e as CustomEvent<{ showData: boolean }>).detail.showData));
    toggle(el).click();
    toggle(el).click();
    expect(seen).to.deep.equal([true, false]);
  });

  it('averages the "Autres" group of averages, weighted by rows', () => {
    const groups = Array.from({ length: MAX_BARS + 1 }, (_, i) => ({ label: `G${i}`, value: 100 - i, count: 1 }));
    groups.push({ label: 'Gros', value: 10, count: 3 });
    const { groups: kept } = prepareGroups(groups, 'bar', 'avg', 'Autres');
    const other = kept.at(-1)!;
    // Left out: values 76 (1 row), 75 (1 row) and 10 (3 rows).
    expect(other).to.deep.equal({ label: 'Autres', value: (76 + 75 + 30) / 5, count: 5, other: true });
  });

  it('writes values with their unit', () => {
    const t = (key: string, params: Record<string, string>) => chartMessages.t('fr', key as never, params);
    const clean = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(clean(formatValue(12.5, 'fr', '%', 'full', t))).to.equal('12,5 %');
    expect(clean(formatValue(1234, 'fr', 'km', 'full', t))).to.equal('1 234 km');
    expect(clean(formatValue(2_500_000, 'fr', 'habitants', 'words', t))).to.equal('2,5 millions d’habitants');
    expect(clean(formatValue(1_200_000, 'fr', 'tonnes', 'words', t))).to.equal('1,2 million de tonnes');
    expect(clean(formatValue(1_200, 'fr', 'tonnes', 'words', t))).to.equal('1 200 tonnes');
    expect(clean(formatValue(2_500_000, 'fr', 'EUR', 'short', t))).to.equal('2,5 M €');
    expect(clean(formatValue(0.333333, 'fr', '', 'full', t))).to.equal('0,33');
  });

  it('computes round ticks that include zero', () => {
    expect(niceTicks(3, 97)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-30, 50, 4)).to.deep.equal([-40, -20, 0, 20, 40, 60]);
    expect(niceTicks(0, 0)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
