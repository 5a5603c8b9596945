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
