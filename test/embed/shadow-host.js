// Another library's element whose open shadow root holds a Parvis element: the autoloader looks
// into open shadow roots present when it starts.
class CmsCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const checkbox = document.createElement('pv-checkbox');
    checkbox.setAttribute('label', 'Dans le shadow DOM d’un autre composant');
    root.append(checkbox);
  }
}
customElements.define('cms-card', CmsCard);
