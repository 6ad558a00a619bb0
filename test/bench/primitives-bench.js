// Runs in the page. Each case is measured against its native equivalent in the same run, so the
// ratio is meaningful on a noisy CI machine; absolute numbers are only indicative.
const stage = document.getElementById('stage');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function timeRender(build, count, runs = 9) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    stage.replaceChildren();
    await frame();
    const t0 = performance.now();
    const form = document.createElement('form');
    for (let n = 0; n < count; n += 1) form.append(build(n));
    stage.append(form);
    await Promise.all([...form.children].map((el) => el.updateComplete));
    form.getBoundingClientRect(); // force style + layout
    times.push(performance.now() - t0);
  }
  return median(times);
}

function nativeField(n) {
  const wrap = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = `f${n}`;
  label.textContent = `Champ ${n}`;
  const input = document.createElement('input');
  input.id = `f${n}`;
  input.name = `f${n}`;
  input.required = true;
  wrap.append(label, input);
  return wrap;
}

function parvisField(n) {
  const el = document.createElement('pv-text-field');
  el.setAttribute('label', `Champ ${n}`);
  el.setAttribute('name', `f${n}`);
  el.setAttribute('required', '');
  return el;
}

/** Mean time per keystroke over the whole run (one keystroke is below the timer's resolution). */
async function timeKeystrokes(el, setValue, values, runs = 5) {
  const means = [];
  for (let run = 0; run < runs; run += 1) {
    const t0 = performance.now();
    for (const value of values) await setValue(el, value);
    means.push((performance.now() - t0) / values.length);
  }
  return median(means);
}

async function main() {
  await customElements.whenDefined('pv-text-field');
  const count = 200;
  const results = {};
  results.render200Native = await timeRender(nativeField, count);
  results.render200Parvis = await timeRender(parvisField, count);

  stage.replaceChildren();
  const input = document.createElement('input');
  input.pattern = '[0-9 ]{14,17}';
  stage.append(input);
  const field = parvisField(0);
  field.setAttribute('validate', 'siret');
  stage.append(field);
  await field.updateComplete;
  const values = Array.from({ length: 300 }, (_, i) => `552 100 554 ${String(i).padStart(5, '0')}`);
  results.keystrokeNative = await timeKeystrokes(input, async (el, v) => { el.value = v; el.checkValidity(); }, values);
  results.keystrokeParvis = await timeKeystrokes(field, async (el, v) => { el.value = v; await el.updateComplete; el.checkValidity(); }, values);

  stage.replaceChildren();
  const form = document.createElement('form');
  form.append(document.createElement('pv-error-summary'));
  for (let n = 0; n < 50; n += 1) form.append(parvisField(n));
  stage.append(form);
  await Promise.all([...form.querySelectorAll('pv-text-field')].map((el) => el.updateComplete));
  const t0 = performance.now();
  form.requestSubmit();
  await Promise.all([...form.querySelectorAll('pv-text-field, pv-error-summary')].map((el) => el.updateComplete));
  form.getBoundingClientRect();
  results.submit50Invalid = performance.now() - t0;
  window.__benchResults = results;
}

main().catch((error) => { window.__benchError = String(error?.stack ?? error); });
