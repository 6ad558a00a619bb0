import { html } from 'lit';
import type { Example } from '@parvis/core';
import './checkbox-group.js';

/** Examples of pv-checkbox-group: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Aucune case cochée',
    state: 'empty',
    render: () => html`<pv-checkbox-group label="Quels services de la mairie utilisez-vous&nbsp;?" name="services" hint="Cochez toutes les réponses qui s’appliquent.">
      <option value="etat-civil">État civil</option>
      <option value="urbanisme">Urbanisme</option>
      <option value="cantine">Cantine scolaire</option>
    </pv-checkbox-group>`,
  },
  {
    name: 'WithHints',
    title: 'Avec une aide sous chaque réponse',
    state: 'empty',
    render: () => html`<pv-checkbox-group label="Quelles aides demandez-vous&nbsp;?" name="aides">
      <option value="logement" data-hint="Aide personnalisée au logement, versée par la CAF.">Aide au logement</option>
      <option value="transport" data-hint="Carte de bus à tarif réduit pour les moins de 26 ans.">Aide aux transports</option>
      <option value="energie" data-hint="Chèque énergie, une fois par an.">Aide à l’énergie</option>
    </pv-checkbox-group>`,
  },
  {
    name: 'Filled',
    title: 'Réponses cochées',
    state: 'filled',
    render: () => html`<pv-checkbox-group label="Comment souhaitez-vous être contacté&nbsp;?" name="contact">
      <option value="courriel" selected>Par courriel</option>
      <option value="sms" selected>Par SMS</option>
      <option value="courrier">Par courrier</option>
    </pv-checkbox-group>`,
  },
  {
    name: 'Exclusive',
    title: 'Avec « Aucun de ces choix »',
    state: 'empty',
    description: 'Cocher « Aucune de ces situations » décoche les autres réponses, et inversement.',
    render: () => html`<pv-checkbox-group label="Votre situation" name="situation" required>
      <option value="emploi">En emploi</option>
      <option value="etudes">En études</option>
      <option value="retraite">À la retraite</option>
      <option value="aucune" data-exclusive>Aucune de ces situations</option>
    </pv-checkbox-group>`,
  },
  {
    name: 'Limits',
    title: 'Nombre de réponses limité',
    state: 'filled',
    render: () => html`<pv-checkbox-group label="Vos deux activités préférées" name="activites" hint="Choisissez 2 activités." min-selected="2" max-selected="2">
      <option value="piscine" selected>Piscine</option>
      <option value="mediatheque">Médiathèque</option>
      <option value="theatre">Théâtre</option>
      <option value="musique">École de musique</option>
    </pv-checkbox-group>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-checkbox-group label="Quels documents joignez-vous&nbsp;?" name="pieces" required error="Choisissez au moins un document joint.">
      <option value="identite">Pièce d’identité</option>
      <option value="domicile">Justificatif de domicile</option>
    </pv-checkbox-group>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    render: () => html`<pv-checkbox-group label="Services choisis" name="choisis" disabled>
      <option value="etat-civil" selected>État civil</option>
      <option value="urbanisme">Urbanisme</option>
    </pv-checkbox-group>`,
  },
];
