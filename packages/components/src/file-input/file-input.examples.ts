import { html } from 'lit';
import type { Example } from '@parvis/core';
import './file-input.js';

const file = (name: string, bytes: number, type: string) => new File([new Uint8Array(bytes)], name, { type });

/** Examples of pv-file-input: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Aucun fichier',
    state: 'empty',
    render: () => html`<pv-file-input label="Justificatif de domicile" name="justificatif" hint="PDF ou JPG, 10 Mo au plus." accept=".pdf,.jpg,.jpeg" max-size="10 Mo"></pv-file-input>`,
  },
  {
    name: 'Multiple',
    title: 'Plusieurs fichiers',
    state: 'empty',
    render: () => html`<pv-file-input label="Photos du lieu" name="photos" hint="5 photos au plus, 5 Mo chacune." accept="image/*" max-size="5MB" max-files="5" multiple></pv-file-input>`,
  },
  {
    name: 'Filled',
    title: 'Fichiers ajoutés',
    state: 'filled',
    render: () => html`<pv-file-input label="Pièces jointes" name="pieces" multiple accept=".pdf,image/*" max-size="10 Mo"
      .value=${[file('plan-cadastral.pdf', 1_240_000, 'application/pdf'), file('photo-facade.jpg', 850_000, 'image/jpeg')]}></pv-file-input>`,
  },
  {
    name: 'Required',
    title: 'Obligatoire',
    state: 'empty',
    render: () => html`<pv-file-input label="Pièce d’identité" name="identite" required accept=".pdf,.jpg,.png" max-size="10 Mo"></pv-file-input>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-file-input label="Devis" name="devis" accept=".pdf,.jpg" error="«\u00a0devis.exe\u00a0» n’est pas accepté\u00a0: formats acceptés PDF, JPG."></pv-file-input>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    render: () => html`<pv-file-input label="Justificatif" name="justificatif" disabled></pv-file-input>`,
  },
];
