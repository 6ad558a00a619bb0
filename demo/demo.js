// The commune page's own script (not Parvis): opens the criteria dialog, and shows a
// confirmation instead of sending the demo form anywhere. Parvis's own guard runs first: this
// listener only sees submissions in which every field is valid.
const open = document.getElementById('criteres-ouvrir');
const dialog = document.getElementById('criteres');
open?.addEventListener('click', async () => {
  await customElements.whenDefined('pv-dialog');
  if (typeof dialog.show === 'function') dialog.show();
  else dialog.setAttribute('open', '');
});

const form = document.getElementById('demande');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  form.hidden = true;
  const confirmation = document.getElementById('confirmation');
  confirmation.hidden = false;
  confirmation.setAttribute('tabindex', '-1');
  confirmation.focus();
});
