// Another library's element whose open shadow root holds a Parvis element: the autoloader looks
// into open shadow roots present when it starts.
class CmsCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const notice = document.createElement('pv-notice');
    notice.setAttribute('heading', 'Dans une racine fantôme');
    notice.textContent = 'Ce message est dans le shadow DOM d’un autre composant.';
    root.append(notice);
  }
}
customElements.define('cms-card', CmsCard);
