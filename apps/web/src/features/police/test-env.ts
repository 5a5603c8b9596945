/*
 * Import FIRST in a police component test, before anything that loads the API client. The
 * client builds a `Request` for a path ("/api/…", baseUrl '') and Node's Request (jest-fixed-jsdom)
 * cannot parse a relative URL as a browser's does; this resolves it against the page's origin.
 */
const NodeRequest = globalThis.Request;

class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? new URL(input, window.location.origin).href : input, init);
  }
}

globalThis.Request = PageRequest as typeof Request;

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

export {};

// A screen signs in, loads its lazy parts and asks the fake API before it shows: give it time
// on a busy machine (the whole workspace's tests run in parallel).
require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });
