/* eslint-disable @typescript-eslint/no-empty-function -- stand-ins for browser APIs jsdom lacks */
// Component tests run in jsdom (`@jest-environment jest-fixed-jsdom` in their docblock: jsdom with Node's fetch, Response and TextEncoder); the rest of the suite runs in node and
// skips this. jsdom lacks what the component library measures with; these are the usual stand-ins.
if (typeof window !== 'undefined') {
  require('@testing-library/jest-dom');
  const { getComputedStyle } = window;
  window.getComputedStyle = (element: Element) => getComputedStyle(element);
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }),
  });
  class ResizeObserverStandIn {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStandIn;
  window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
}

if (typeof window !== 'undefined') {
  /*
   * React reads a submitted form as FormData when the submit starts a transition (react-router
   * navigates in one); Node's FormData (jest-fixed-jsdom) does not take jsdom's form element.
   */
  const NodeFormData = globalThis.FormData;
  class PageFormData extends NodeFormData {
    constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
      super();
      if (!form) return;
      for (const element of Array.from(form.elements) as HTMLInputElement[]) {
        if (element.name && !element.disabled && element !== submitter) this.append(element.name, element.value);
      }
    }
  }
  globalThis.FormData = PageFormData as typeof FormData;

  // A screen loads its lazy parts and asks the fake API before it shows: give it time on a busy
  // machine (the whole workspace's tests run in parallel).
  require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });
}
